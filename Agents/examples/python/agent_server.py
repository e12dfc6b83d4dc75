#!/usr/bin/env python3
"""A Deskbench remote agent in plain Python (standard library only).

It speaks the protocol of docs/agent-protocol.md: Deskbench POSTs /reset when a task starts and /predict for every
step; this server answers with actions in the pyautogui action space. Replace `decide` with your model call.

As shipped, `decide` replays reference solutions when --solutions DIR is given (files named <task id>.solution.json,
as in Tasks/examples), and otherwise gives up with FAIL. It also shows how to read what Deskbench sends: the
screenshot (a base64 PNG: its size is read from the PNG header here), the accessibility tree and the previous step's
action results.

    python3 agent_server.py --port 8700 --solutions Tasks/examples/examples
    deskbench run --tasks Tasks/examples/test_all.json --agent remote --agent-url http://127.0.0.1:8700/ --results results/remote
"""
import argparse
import base64
import json
import os
import struct
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def png_size(png_bytes):
    """(width, height) from a PNG's IHDR chunk."""
    if png_bytes[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("the screenshot is not a PNG")
    return struct.unpack(">II", png_bytes[16:24])


class Agent:
    """One task at a time: `reset` forgets the last one, `decide` answers one observation."""

    def __init__(self, solutions_dir):
        self.solutions_dir = solutions_dir
        self.task = None
        self.plan = []

    def reset(self, task):
        self.task = task
        self.plan = self._solution(task["id"]) or ["FAIL"]

    def decide(self, observation):
        width, height = png_size(base64.b64decode(observation["screenshot"]))
        failed = [r for r in observation.get("previous_results") or [] if not r.get("success")]
        step = observation["step_index"]
        action = self.plan[step] if step < len(self.plan) else "DONE"
        side_files = sorted((observation.get("side_files") or {}).keys())
        response = (f"step {step}: screen {width}x{height}, {len(failed)} failed action(s) last step, "
                    f"side files: {', '.join(side_files) or 'none'}; next: {action}")
        # Token usage is optional; a model-backed agent reports what its API returned.
        return {"response": response, "actions": [action], "usage": {"input_tokens": 0, "output_tokens": 0}}

    def _solution(self, task_id):
        if not self.solutions_dir:
            return None
        for root, _dirs, files in os.walk(self.solutions_dir):
            name = f"{task_id}.solution.json"
            if name in files:
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    return json.load(f)["steps"]
        return None


def make_handler(agent):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            try:
                body = json.loads(self.rfile.read(length) or b"{}")
                if self.path.rstrip("/").endswith("/reset"):
                    agent.reset(body["task"])
                    reply = {"action_space": "pyautogui"}
                elif self.path.rstrip("/").endswith("/predict"):
                    reply = agent.decide(body)
                else:
                    return self._send(404, {"error": f"unknown path {self.path}"})
            except (KeyError, ValueError) as e:
                return self._send(400, {"error": f"bad request: {e}"})
            self._send(200, reply)

        def _send(self, status, payload):
            data = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, fmt, *args):
            sys.stderr.write("agent: " + (fmt % args) + "\n")

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8700, help="0 picks a free port")
    parser.add_argument("--solutions", help="folder searched for <task id>.solution.json files")
    args = parser.parse_args()
    server = ThreadingHTTPServer((args.host, args.port), make_handler(Agent(args.solutions)))
    # The bound address, on its own line, so a script (or a test) can wait for it.
    print(f"listening on http://{args.host}:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()

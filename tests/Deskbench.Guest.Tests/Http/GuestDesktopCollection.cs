namespace Deskbench.Guest.Tests.Http;

/// <summary>The endpoint tests share one desktop and run one after another on it.</summary>
[CollectionDefinition(Name)]
public sealed class GuestDesktopCollection : ICollectionFixture<GuestDesktopFixture>
{
    public const string Name = "guest desktop";
}

using FamilySafeguarding.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.DataProtection;

namespace FamilySafeguarding.UnitTests.Web.Forms;

public sealed class FormKeysTests
{
    private static readonly Guid User = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid OtherUser = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000002");
    private const string Form = "/families/0198c1a2-0000-7000-8000-000000000001/members/new";

    private readonly FormKeys _keys = new(new EphemeralDataProtectionProvider());

    [Fact]
    public void Read_TheKeyIssuedToTheUserForTheForm_IsTheFormAndANonce()
    {
        var key = _keys.Read(_keys.Issue(User, Form), User, Form, out var refusal);

        Assert.Null(refusal);
        Assert.Equal((User, Form), (key!.UserId, key.Form));
        Assert.NotEqual(Guid.Empty, key.Nonce);
    }

    [Fact]
    public void Issue_EachShowingOfAForm_HasItsOwnNonce() =>
        Assert.NotEqual(_keys.Read(_keys.Issue(User, Form), User, Form, out _)!.Nonce, _keys.Read(_keys.Issue(User, Form), User, Form, out _)!.Nonce);

    [Fact]
    public void Read_ThePathAsTheBrowserSendsIt_IgnoresCaseAndQuery() =>
        Assert.NotNull(_keys.Read(_keys.Issue(User, Form + "?from=list"), User, Form.ToUpperInvariant(), out _));

    [Theory]
    [InlineData("another user")]
    [InlineData("another form")]
    [InlineData("altered")]
    [InlineData("not base64")]
    [InlineData("none")]
    [InlineData("signed out")]
    public void Read_AKeyThatIsNotThisUsersForThisForm_IsRefused(string what)
    {
        var issued = _keys.Issue(User, Form);
        var (posted, user, path) = what switch
        {
            "another user" => (issued, OtherUser, Form),
            "another form" => (issued, User, Form.Replace("members", "relationships", StringComparison.Ordinal)),
            "altered" => (issued[..10] + (issued[10] == 'A' ? 'B' : 'A') + issued[11..], User, Form),
            "not base64" => ("%%%\0", User, Form),
            "none" => (string.Empty, User, Form),
            _ => (issued, (Guid?)null, Form),
        };

        Assert.Null(_keys.Read(posted, user, path, out var refusal));
        Assert.NotNull(refusal);
    }

    [Fact]
    public void Read_AKeyFromAnotherApp_IsRefused() =>
        Assert.Null(new FormKeys(new EphemeralDataProtectionProvider()).Read(_keys.Issue(User, Form), User, Form, out _));
}

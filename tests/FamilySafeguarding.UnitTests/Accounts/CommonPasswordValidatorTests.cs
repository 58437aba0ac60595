using FamilySafeguarding.Application.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace FamilySafeguarding.UnitTests.Accounts;

public sealed class CommonPasswordValidatorTests
{
    private const string DefaultUser = "amara.okafor@example.gov.uk";

    [Fact]
    public void CommonPasswords_List_HasAtLeast1000Entries()
    {
        Assert.True(CommonPasswords.Count >= 1000, $"Only {CommonPasswords.Count} entries loaded");
        Assert.True(CommonPasswords.Contains("password"));
        Assert.True(CommonPasswords.Contains("liverpool"));
        Assert.False(CommonPasswords.Contains("# most common passwords"));
    }

    [Theory]
    [InlineData("password")]
    [InlineData("123456")]
    [InlineData("iloveyou")]
    [InlineData("letmein")]
    [InlineData("trustno1")]
    [InlineData("LIVERPOOL")]
    [InlineData("Arsenal")]
    [InlineData("password1234")]
    [InlineData("qwertyuiop12")]
    [InlineData("iloveyou1234")]
    [InlineData("123456789abc")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("correcthorsebatterystaple")]
    public async Task Validate_CommonPassword_IsRefused(string password) =>
        Assert.False((await ValidateAsync(password)).Succeeded);

    [Theory]
    [InlineData("Password2024!")]
    [InlineData("!!password123")]
    [InlineData("P@ssw0rd12345")]
    [InlineData("PASSWORD123456")]
    [InlineData("Summer2025!!!")]
    [InlineData("Liverpool1892!")]
    [InlineData("!!!Princess123!!!")]
    [InlineData("M0nk3y!!2024")]
    [InlineData("$unshine1234")]
    [InlineData("@dmin2024!!!")]
    [InlineData("2024@dmin!!!")]
    [InlineData("1l0v3y0u2024")]
    [InlineData("W1ll1am12345")]
    [InlineData("I love you 2024")]
    [InlineData("Man Utd 1878 1999")]
    public async Task Validate_CommonPasswordAfterNormalisation_IsRefused(string password) =>
        Assert.False((await ValidateAsync(password)).Succeeded);

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("!!!!!!!!!!!!")]
    [InlineData("121212121212")]
    [InlineData("abcabcabcabc")]
    [InlineData("qwertyqwerty")]
    [InlineData("ab12ab12ab12a")]
    [InlineData("hellohellohello")]
    [InlineData("123456789012")]
    [InlineData("098765432109")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("zyxwvutsrqpo")]
    [InlineData("qwertyuiopas")]
    [InlineData("mnbvcxzlkjhg")]
    [InlineData("aaaaaaaa2024!")]
    [InlineData("2024!!abcdefgh")]
    public async Task Validate_RepeatedOrSequentialPassword_IsRefused(string password) =>
        Assert.False((await ValidateAsync(password)).Succeeded);

    [Theory]
    [InlineData("purple tractor umbrella river")]
    [InlineData("Horse battery staple 7 blue")]
    [InlineData("correct horse battery")]
    [InlineData("my children love the seaside")]
    [InlineData("Safeguarding is everyone's business")]
    [InlineData("Amara walks the dogs by the canal")]
    public async Task Validate_Passphrase_IsAccepted(string password) =>
        Assert.True((await ValidateAsync(password)).Succeeded);

    [Theory]
    [InlineData("-#%mhS+nL=8D4&e6")]
    [InlineData("M6ML~HSwPBaxCWK1LH5WlpC58t!CW!PTT!z7BL+zJ+v@n+MB?u8ElR8XNHXWU?rc")]
    [InlineData("o8T47HcTo8k16eyi+hA8lR^_R9^M?y!r82+yGAFw#J%wv&Oig?*yReKpyQxrqg^=jRC6ZiSg&dbwW*&4yx*WuiLld3kLDYq23DKy7D7=UHKK8BK239_2oQwifzlOVOD2")]
    public async Task Validate_LongRandomPassword_IsAccepted(string password) =>
        Assert.True((await ValidateAsync(password)).Succeeded);

    [Theory]
    [InlineData(DefaultUser, DefaultUser, "AmaraOkafor2024!")]
    [InlineData(DefaultUser, DefaultUser, "Amara.Okafor!!")]
    [InlineData(DefaultUser, DefaultUser, "okafor123456")]
    [InlineData(DefaultUser, DefaultUser, "Am@ra12345678")]
    [InlineData("jbloggs77", "joe.bloggs@example.org", "Jbloggs77!2024")]
    [InlineData("jbloggs77", "joe.bloggs@example.org", "JoeBloggs1234")]
    [InlineData("jbloggs77", "joe.bloggs@example.org", "Bloggs123456!")]
    public async Task Validate_UsersOwnNameOrEmail_IsRefused(string userName, string email, string password) =>
        Assert.False((await ValidateAsync(password, userName, email)).Succeeded);

    [Fact]
    public async Task Validate_StoreWithoutEmail_ChecksUserNameOnly()
    {
        using var manager = CreateManager(supportsEmail: false);
        var validator = new CommonPasswordValidator<FakeUser>(Options.Create(new PasswordPolicyOptions()));
        var user = new FakeUser("jbloggs77", "joe.bloggs@example.org");

        Assert.False((await validator.ValidateAsync(manager, user, "jbloggs77jbloggs77!")).Succeeded);
        Assert.True((await validator.ValidateAsync(manager, user, "JoeBloggs1234")).Succeeded);
    }

    [Theory]
    [InlineData("FamilySafeguarding1")]
    [InlineData("Safeguarding2024!")]
    [InlineData("Children12345!")]
    [InlineData("Social Care 2025!")]
    [InlineData("WelcomeHome12")]
    [InlineData("Council password 1")]
    [InlineData("TowerHamlets2024!")]
    [InlineData("tower hamlets 123")]
    [InlineData("T0werHaml3ts!!")]
    [InlineData("TowerHamletsCouncil1")]
    [InlineData("Hamlets Early Help!")]
    public async Task Validate_ContextWord_IsRefused(string password) =>
        Assert.False((await ValidateAsync(password, options: TowerHamletsOptions())).Succeeded);

    [Theory]
    [InlineData("Tower Hamlets has lovely green parks")]
    [InlineData("early help on a rainy tuesday")]
    public async Task Validate_ContextWordInLongPassphrase_IsAccepted(string password) =>
        Assert.True((await ValidateAsync(password, options: TowerHamletsOptions())).Succeeded);

    [Fact]
    public async Task Validate_RefusedPassword_ReturnsCommonPasswordError()
    {
        var result = await ValidateAsync("Password2024!");

        var error = Assert.Single(result.Errors);
        Assert.Equal("CommonPassword", error.Code);
        Assert.StartsWith("Choose a password that is harder to guess", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_EmptyPassword_IsLeftToTheLengthRules() =>
        Assert.True((await ValidateAsync(string.Empty)).Succeeded);

    [Fact]
    public void Options_BoundFromConfiguration_AddsToDefaultContextWords()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{PasswordPolicyOptions.Section}:ContextWords:0"] = "Tower Hamlets",
            })
            .Build();

        var options = new PasswordPolicyOptions();
        configuration.GetSection(PasswordPolicyOptions.Section).Bind(options);

        Assert.Contains("Tower Hamlets", options.ContextWords);
        Assert.Contains("safeguarding", options.ContextWords);
    }

    private static PasswordPolicyOptions TowerHamletsOptions()
    {
        var options = new PasswordPolicyOptions();
        options.ContextWords.Add("Tower Hamlets");
        options.ContextWords.Add("Hamlets");
        options.ContextWords.Add("Early Help");
        return options;
    }

    private static async Task<IdentityResult> ValidateAsync(
        string password,
        string userName = DefaultUser,
        string? email = DefaultUser,
        PasswordPolicyOptions? options = null)
    {
        using var manager = CreateManager(supportsEmail: true);
        var validator = new CommonPasswordValidator<FakeUser>(Options.Create(options ?? new PasswordPolicyOptions()));
        return await validator.ValidateAsync(manager, new FakeUser(userName, email), password);
    }

    private static UserManager<FakeUser> CreateManager(bool supportsEmail)
    {
        var store = new Mock<IUserStore<FakeUser>>();
        store.Setup(s => s.GetUserNameAsync(It.IsAny<FakeUser>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((FakeUser user, CancellationToken _) => user.UserName);
        if (supportsEmail)
        {
            store.As<IUserEmailStore<FakeUser>>()
                .Setup(s => s.GetEmailAsync(It.IsAny<FakeUser>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync((FakeUser user, CancellationToken _) => user.Email);
        }

        return new UserManager<FakeUser>(
            store.Object,
            Options.Create(new IdentityOptions()),
            new PasswordHasher<FakeUser>(),
            [],
            [],
            new UpperInvariantLookupNormalizer(),
            new IdentityErrorDescriber(),
            null!,
            NullLogger<UserManager<FakeUser>>.Instance);
    }

    public sealed record FakeUser(string UserName, string? Email);
}

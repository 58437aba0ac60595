namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>A clock the tests move by hand: sessions, lockouts and authenticator codes are judged against it.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 16, 9, 30, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}

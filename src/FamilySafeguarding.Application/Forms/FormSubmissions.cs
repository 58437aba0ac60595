using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.Application.Forms;

/// <summary>The recorded form keys: whether one is taken, and how the request that took it answered.</summary>
public sealed class FormSubmissions(IAppDbContext db)
{
    /// <summary>How long a repeat waits for the request that took its key to answer: 200 looks, 50 ms apart.</summary>
    public const int Looks = 200;

    private static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(50);

    public async Task<bool> IsTakenAsync(FormKey key, CancellationToken ct) =>
        await db.FormSubmissions.AsNoTracking().AnyAsync(Of(key), ct);

    /// <summary>
    /// Where the request that took the key redirected. It commits the key with what it created and stores its answer a
    /// moment later, so this waits (boundedly) for it; null if it has not answered by then, or nobody took the key.
    /// </summary>
    public async Task<string?> OutcomeAsync(FormKey key, CancellationToken ct)
    {
        for (var look = 1; ; look++)
        {
            var found = await db.FormSubmissions.AsNoTracking()
                .Where(Of(key))
                .Select(s => new { s.Outcome })
                .SingleOrDefaultAsync(ct);
            if (found is null || found.Outcome is not null || look == Looks)
            {
                return found?.Outcome;
            }

            await Task.Delay(LookEvery, ct);
        }
    }

    /// <summary>Stores the answer of the request that took the key (one UPDATE, outside the change tracker).</summary>
    public async Task RecordOutcomeAsync(FormKey key, string outcome, CancellationToken ct) =>
        await db.FormSubmissions
            .Where(Of(key))
            .Where(s => s.Outcome == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Outcome, outcome), ct);

    private static Expression<Func<FormSubmission, bool>> Of(FormKey key) =>
        s => s.UserId == key.UserId && s.Form == key.Form && s.Nonce == key.Nonce;
}

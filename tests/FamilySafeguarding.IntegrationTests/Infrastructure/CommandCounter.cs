using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilySafeguarding.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL commands the app sends, so a test can hold a page to a fixed number of queries. After
/// <see cref="Record"/> it also keeps each command's SQL text (never its parameter values), so a test can say which
/// queries repeat.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _texts = new();
    private int _count;
    private volatile bool _recording;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The SQL text of each command sent since <see cref="Record"/>, in order; empty when not recording.</summary>
    public IReadOnlyList<string> Texts => [.. _texts];

    /// <summary>Counts from zero, and stops keeping texts.</summary>
    public void Reset()
    {
        _recording = false;
        _texts.Clear();
        Interlocked.Exchange(ref _count, 0);
    }

    /// <summary>Counts from zero, and keeps each command's SQL text until the next <see cref="Reset"/>.</summary>
    public void Record()
    {
        Reset();
        _recording = true;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Counted(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Counted(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Counted(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Counted(command);
        return ValueTask.FromResult(result);
    }

    private void Counted(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        if (_recording)
        {
            _texts.Enqueue(command.CommandText);
        }
    }
}

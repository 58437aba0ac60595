using System.Globalization;

namespace FamilySafeguarding.Benchmarks;

/// <summary>The command line: <c>[--provider sqlite|postgresql] [--families 300] [--years 5] [--requests 50] [--postgres "connection string"] [--keep]</c>. With --keep the database is left for a look afterwards.</summary>
internal sealed record BenchmarkOptions(string Provider, int Families, int Years, int Requests, string? PostgresAdmin, bool Keep = false)
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions("Sqlite", 300, 5, 50, Environment.GetEnvironmentVariable("FS_TEST_POSTGRES") ?? DefaultPostgres);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--keep")
            {
                options = options with { Keep = true };
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--provider" => options with
                {
                    Provider = value.ToUpperInvariant() switch
                    {
                        "SQLITE" => "Sqlite",
                        "POSTGRESQL" or "POSTGRES" => "PostgreSql",
                        _ => throw new ArgumentException("--provider is sqlite or postgresql"),
                    },
                },
                "--families" => options with { Families = int.Parse(value, CultureInfo.InvariantCulture) },
                "--years" => options with { Years = int.Parse(value, CultureInfo.InvariantCulture) },
                "--requests" => options with { Requests = int.Parse(value, CultureInfo.InvariantCulture) },
                "--postgres" => options with { PostgresAdmin = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
            i++;
        }

        return options;
    }
}

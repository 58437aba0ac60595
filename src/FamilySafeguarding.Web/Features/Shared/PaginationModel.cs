namespace FamilySafeguarding.Web.Features.Shared;

/// <summary>GOV.UK pagination: the current page, its neighbours, the first and last, with gaps shown as an ellipsis.</summary>
public sealed record PaginationModel(int PageNumber, int PageCount, Func<int, string> LinkFor)
{
    public IEnumerable<int?> PagesToShow()
    {
        int? previous = null;
        foreach (var page in Enumerable.Range(1, PageCount).Where(p => p == 1 || p == PageCount || Math.Abs(p - PageNumber) <= 1))
        {
            if (previous is not null && page - previous > 1)
            {
                yield return null;
            }

            yield return page;
            previous = page;
        }
    }
}

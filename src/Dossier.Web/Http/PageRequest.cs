using System.Globalization;

namespace Dossier.Web.Http;

/// <summary>Pagination from the query string: <c>page</c> (from 1) and <c>page_size</c> (1 to 200, default 50).</summary>
internal sealed record PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 200;

    /// <summary>Reads page and page_size; returns a problem when either is not a number in range.</summary>
    public static PageRequest? Parse(HttpContext context, out IResult? problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        problem = null;
        int page = 1, size = 50;
        string? p = context.Request.Query["page"];
        string? s = context.Request.Query["page_size"];
        if (!TryNumber(p, out page)
            || (s is not null && (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxPageSize)))
        {
            problem = Problems.Result(context, StatusCodes.Status400BadRequest, "DOS1110", "Bad pagination",
                $"page must be a whole number from 1 and page_size one from 1 to {MaxPageSize} (got page={p ?? "∅"}, page_size={s ?? "∅"}).");
            return null;
        }

        return new PageRequest(page, size);
    }

    /// <summary>Reads a page number: a whole number from 1, or 1 when none is given; false for anything else.</summary>
    public static bool TryNumber(string? given, out int page)
    {
        page = 1;
        return given is null || (int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1);
    }

    /// <summary>How many items come before this page.</summary>
    public int Skip => (int)Math.Min(int.MaxValue, (long)(Page - 1) * PageSize);

    /// <summary>One page of <paramref name="items"/>, with the link to the next page when there is one.</summary>
    public Paged<T> Apply<T>(IReadOnlyList<T> items, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Of(items.Skip(Skip).Take(PageSize).ToList(), items.Count, request);
    }

    /// <summary>This page when its items were read alone: <paramref name="slice"/> of <paramref name="total"/>.</summary>
    public Paged<T> Of<T>(IReadOnlyList<T> slice, int total, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(request);
        string? next = null;
        if ((long)Page * PageSize < total)
        {
            var query = request.Query.Where(kv => kv.Key is not "page").Select(kv => (kv.Key, (object?)kv.Value.ToString())).ToList();
            query.Add(("page", Page + 1));
            next = Html.Url.WithQuery(request.Path.Value ?? "/", [.. query]);
        }

        return new Paged<T>(slice, Page, PageSize, total, next);
    }
}

/// <summary>A page of results: the items, where it is, the total, and the link to the next page (null on the last).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, string? Next);

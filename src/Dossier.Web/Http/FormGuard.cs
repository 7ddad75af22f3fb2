using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Dossier.Web.Http;

/// <summary>
/// Reads a posted form only when it is within the size limit and carries a valid anti-forgery token; otherwise
/// returns the problem (413 or 400) to send instead.
/// </summary>
internal static class FormGuard
{
    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadAsync(HttpContext context, IAntiforgery antiforgery, WebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(settings);
        long limit = settings.MaxUploadBytes + 64 * 1024;
        if (context.Request.ContentLength > limit)
        {
            return (null, TooLarge(context, settings));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (!context.Request.HasFormContentType)
        {
            return (null, Problems.Result(context, StatusCodes.Status415UnsupportedMediaType, "DOS1107", "Not a form",
                "send the form as application/x-www-form-urlencoded or multipart/form-data."));
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return (null, TooLarge(context, settings));
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return (null, Problems.Result(context, StatusCodes.Status400BadRequest, "DOS1106", "Missing or invalid anti-forgery token",
                "the form must be sent from a page of this workbench (its hidden token and cookie were missing or did not match); reload the page and try again."));
        }

        return (form, null);
    }

    public static IResult TooLarge(HttpContext context, WebSettings settings) =>
        Problems.Result(context, StatusCodes.Status413PayloadTooLarge, "DOS1108", "Too large",
            $"an article sent to the workbench may have at most {settings.MaxUploadBytes} bytes; ingest larger files with 'dossier ingest'.");
}

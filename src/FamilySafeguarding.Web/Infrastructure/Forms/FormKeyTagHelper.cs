using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilySafeguarding.Web.Infrastructure.Forms;

/// <summary>
/// <c>&lt;form method="post" action="..." app-once&gt;</c>: adds a create form's key (<see cref="FormKeys"/>), issued to the
/// signed-in user for the form's action, as a hidden field. Every showing of the form has a new key (a form shown again
/// with errors too); the action, marked <see cref="ExactlyOnceAttribute"/>, checks it. A form shared by a create and an
/// edit says <c>app-once="@(!editing)"</c>: edits carry the record's version instead.
/// </summary>
[HtmlTargetElement("form", Attributes = OnceAttribute)]
public sealed class FormKeyTagHelper(FormKeys keys) : TagHelper
{
    private const string OnceAttribute = "app-once";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>Whether the form creates something; <c>app-once</c> alone means it does.</summary>
    [HtmlAttributeName(OnceAttribute)]
    public bool Once { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!Once)
        {
            return;
        }

        var action = context.AllAttributes["action"]?.Value switch
        {
            string text => text,
            IHtmlContent html => Text(html),
            _ => null,
        };
        if (string.IsNullOrEmpty(action))
        {
            throw new InvalidOperationException("A form marked app-once needs an action attribute.");
        }

        var userId = Guid.Parse(ViewContext.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("Create forms are for signed-in users only."));
        output.PostContent.AppendHtml(
            $"<input name=\"{FormKeys.FieldName}\" type=\"hidden\" value=\"{HtmlEncoder.Default.Encode(keys.Issue(userId, action))}\">");
    }

    private static string Text(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return WebUtility.HtmlDecode(writer.ToString());
    }
}

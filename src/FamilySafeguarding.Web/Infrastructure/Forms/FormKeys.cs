using System.Security.Cryptography;
using FamilySafeguarding.Application.Forms;
using Microsoft.AspNetCore.DataProtection;

namespace FamilySafeguarding.Web.Infrastructure.Forms;

/// <summary>
/// Issues and reads create forms' keys (ADR-020). A key is a Data Protection payload holding the user's id, the form's
/// path and a random nonce, so it cannot be made up or altered, and is good only for the user it was issued to and the
/// form it was issued for. It is never an entity's id: the server chooses those.
/// </summary>
public sealed class FormKeys(IDataProtectionProvider protection)
{
    /// <summary>The hidden field that carries the key.</summary>
    public const string FieldName = "__FormKey";

    private readonly IDataProtector _protector = protection.CreateProtector("FamilySafeguarding.Web.FormKeys.v1");

    /// <summary>A new key for one showing of the form whose action is <paramref name="action"/>.</summary>
    public string Issue(Guid userId, string action) => _protector.Protect($"{userId:N}|{Guid.NewGuid():N}|{FormOf(action)}");

    /// <summary>
    /// The key posted to <paramref name="path"/>, if this app issued it to <paramref name="userId"/> for that form;
    /// otherwise null, with why in <paramref name="refusal"/> (for the log).
    /// </summary>
    public FormKey? Read(string? posted, Guid? userId, string path, out string? refusal)
    {
        refusal = null;
        if (string.IsNullOrEmpty(posted) || userId is null)
        {
            refusal = "no key";
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(posted);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            refusal = "not a key this app issued";
            return null;
        }

        var parts = payload.Split('|', 3);
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var issuedTo) || !Guid.TryParseExact(parts[1], "N", out var nonce))
        {
            refusal = "not a key this app issued";
            return null;
        }

        if (issuedTo != userId)
        {
            refusal = "issued to another user";
            return null;
        }

        var form = FormOf(path);
        if (!string.Equals(parts[2], form, StringComparison.Ordinal))
        {
            refusal = "issued for another form";
            return null;
        }

        return new FormKey(issuedTo, form, nonce);
    }

    /// <summary>The form a path names: without query or fragment, in lower case (routes ignore case; ids are Guids).</summary>
    public static string FormOf(string path)
    {
        var end = path.IndexOfAny(['?', '#']);
        return (end < 0 ? path : path[..end]).ToLowerInvariant();
    }
}

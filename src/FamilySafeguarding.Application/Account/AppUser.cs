using Microsoft.AspNetCore.Identity;

namespace FamilySafeguarding.Application.Account;

/// <summary>A sign-in account. It belongs to exactly one person; a person may have none.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public Guid PersonId { get; set; }

    /// <summary>An administrator has switched the account off. It cannot sign in, and its sessions ended when it was switched off.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The last authenticator time step accepted, so a code cannot be used twice.</summary>
    public long? LastTotpTimeStep { get; set; }

    public DateTime CreatedAt { get; set; }
}

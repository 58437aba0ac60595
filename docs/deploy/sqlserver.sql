IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] uniqueidentifier NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [UserId] uniqueidentifier NULL,
        [Action] nvarchar(64) NOT NULL,
        [EntityType] nvarchar(64) NOT NULL,
        [EntityId] uniqueidentifier NULL,
        [Detail] nvarchar(1000) NULL,
        [CorrelationId] nvarchar(64) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [FamilyAccessLog] (
        [Id] uniqueidentifier NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [UserId] uniqueidentifier NULL,
        [PersonId] uniqueidentifier NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [Page] nvarchar(64) NOT NULL,
        [Granted] bit NOT NULL,
        [CorrelationId] nvarchar(64) NULL,
        CONSTRAINT [PK_FamilyAccessLog] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [Organisations] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [NormalizedName] nvarchar(200) NOT NULL,
        [Kind] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Organisations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [People] (
        [Id] uniqueidentifier NOT NULL,
        [FullName] nvarchar(200) NULL,
        [WorkEmail] nvarchar(256) NULL,
        [JobRole] int NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Fte] decimal(3,2) NOT NULL,
        [StartDate] date NULL,
        [EndDate] date NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_People] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_People_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [IsDisabled] bit NOT NULL,
        [LastTotpTimeStep] bigint NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUsers_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [Services] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [NormalizedName] nvarchar(200) NOT NULL,
        [ServiceManagerId] uniqueidentifier NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Services] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Services_People_ServiceManagerId] FOREIGN KEY ([ServiceManagerId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(128) NOT NULL,
        [ProviderKey] nvarchar(256) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] uniqueidentifier NOT NULL,
        [RoleId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] uniqueidentifier NOT NULL,
        [LoginProvider] nvarchar(128) NOT NULL,
        [Name] nvarchar(128) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [FormSubmissions] (
        [UserId] uniqueidentifier NOT NULL,
        [Form] nvarchar(400) NOT NULL,
        [Nonce] uniqueidentifier NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Outcome] nvarchar(2000) NULL,
        CONSTRAINT [PK_FormSubmissions] PRIMARY KEY ([UserId], [Form], [Nonce]),
        CONSTRAINT [FK_FormSubmissions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [UserSessions] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [LastActiveAt] datetime2 NOT NULL,
        [IdleExpiresAt] datetime2 NOT NULL,
        [AbsoluteExpiresAt] datetime2 NOT NULL,
        [EndedAt] datetime2 NULL,
        [EndReason] int NULL,
        [UserAgent] nvarchar(256) NULL,
        [Ticket] varbinary(max) NULL,
        CONSTRAINT [PK_UserSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_UserSessions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [Teams] (
        [Id] uniqueidentifier NOT NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        [Name] nvarchar(120) NOT NULL,
        [NormalizedName] nvarchar(120) NOT NULL,
        [Locality] nvarchar(120) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Teams] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Teams_Services_ServiceId] FOREIGN KEY ([ServiceId]) REFERENCES [Services] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [Families] (
        [Id] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [SearchName] nvarchar(200) NOT NULL,
        [TeamId] uniqueidentifier NOT NULL,
        [OpenedOn] date NOT NULL,
        [ClosedOn] date NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Families] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Families_Teams_TeamId] FOREIGN KEY ([TeamId]) REFERENCES [Teams] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [TeamMemberships] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [TeamId] uniqueidentifier NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NULL,
        CONSTRAINT [PK_TeamMemberships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TeamMemberships_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_TeamMemberships_Teams_TeamId] FOREIGN KEY ([TeamId]) REFERENCES [Teams] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [Allocations] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [Role] int NOT NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Allocations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Allocations_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Allocations_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [FamilyMembers] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [FullName] nvarchar(200) NOT NULL,
        [PreferredName] nvarchar(100) NULL,
        [SearchName] nvarchar(301) NOT NULL,
        [DateOfBirth] date NULL,
        [ExpectedDateOfDelivery] date NULL,
        [Gender] int NOT NULL,
        [Ethnicity] nvarchar(100) NULL,
        [FirstLanguage] nvarchar(100) NULL,
        [InterpreterNeeded] bit NOT NULL,
        [NhsNumber] nvarchar(10) NULL,
        [School] nvarchar(200) NULL,
        [LivesInHousehold] bit NOT NULL,
        [Role] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_FamilyMembers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FamilyMembers_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [FamilyOpenings] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [OpenedOn] date NOT NULL,
        [ClosedOn] date NULL,
        [ClosureReason] int NULL,
        [ClosureDetail] nvarchar(1000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_FamilyOpenings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FamilyOpenings_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [MonthlySummaries] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [AuthorPersonId] uniqueidentifier NOT NULL,
        [Month] date NOT NULL,
        [Status] int NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [WorkUndertaken] nvarchar(max) NOT NULL,
        [WhatHasChanged] nvarchar(max) NOT NULL,
        [Worries] nvarchar(max) NOT NULL,
        [Strengths] nvarchar(max) NOT NULL,
        [NextSteps] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_MonthlySummaries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MonthlySummaries_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_MonthlySummaries_People_AuthorPersonId] FOREIGN KEY ([AuthorPersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [SearchDocuments] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [Month] date NULL,
        [Date] date NULL,
        [Title] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_SearchDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SearchDocuments_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [SignificantEvents] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [OccurredOn] date NOT NULL,
        [Kind] int NOT NULL,
        [Account] nvarchar(4000) NOT NULL,
        [RecordedByPersonId] uniqueidentifier NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SignificantEvents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SignificantEvents_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SignificantEvents_People_RecordedByPersonId] FOREIGN KEY ([RecordedByPersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [Supervisions] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [DueOn] date NOT NULL,
        [ScheduledOn] date NOT NULL,
        [ScheduledAt] time NOT NULL,
        [Status] int NOT NULL,
        [HeldOn] date NULL,
        [Worries] nvarchar(max) NOT NULL,
        [WorkingWell] nvarchar(max) NOT NULL,
        [Decision] int NULL,
        [DecisionRationale] nvarchar(max) NOT NULL,
        [NextSupervisionOn] date NULL,
        [SignedOffAt] datetime2 NULL,
        [SignedOffByPersonId] uniqueidentifier NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Supervisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Supervisions_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Supervisions_People_SignedOffByPersonId] FOREIGN KEY ([SignedOffByPersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [AdultWorries] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [MemberId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [IdentifiedOn] date NOT NULL,
        [EndedOn] date NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AdultWorries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AdultWorries_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AdultWorries_FamilyMembers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [FamilyMembers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [AllocationAdults] (
        [AllocationId] uniqueidentifier NOT NULL,
        [MemberId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_AllocationAdults] PRIMARY KEY ([AllocationId], [MemberId]),
        CONSTRAINT [FK_AllocationAdults_Allocations_AllocationId] FOREIGN KEY ([AllocationId]) REFERENCES [Allocations] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AllocationAdults_FamilyMembers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [FamilyMembers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [FamilyRelationships] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [FromMemberId] uniqueidentifier NOT NULL,
        [ToMemberId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [ParentalResponsibility] bit NOT NULL,
        [Description] nvarchar(200) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_FamilyRelationships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FamilyRelationships_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_FamilyRelationships_FamilyMembers_FromMemberId] FOREIGN KEY ([FromMemberId]) REFERENCES [FamilyMembers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FamilyRelationships_FamilyMembers_ToMemberId] FOREIGN KEY ([ToMemberId]) REFERENCES [FamilyMembers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [LegalStatusEpisodes] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [MemberId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [Category] int NULL,
        [StartDate] date NOT NULL,
        [EndDate] date NULL,
        [EndReason] int NULL,
        [EscalatedFrom] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_LegalStatusEpisodes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_LegalStatusEpisodes_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_LegalStatusEpisodes_FamilyMembers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [FamilyMembers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [SummaryNotes] (
        [Id] uniqueidentifier NOT NULL,
        [SummaryId] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [AuthorPersonId] uniqueidentifier NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [WrittenAt] datetime2 NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SummaryNotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SummaryNotes_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SummaryNotes_MonthlySummaries_SummaryId] FOREIGN KEY ([SummaryId]) REFERENCES [MonthlySummaries] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_SummaryNotes_People_AuthorPersonId] FOREIGN KEY ([AuthorPersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [SummaryPeople] (
        [SummaryId] uniqueidentifier NOT NULL,
        [MemberId] uniqueidentifier NOT NULL,
        [Impact] nvarchar(4000) NULL,
        [Stage] int NULL,
        [Importance] int NULL,
        [Confidence] int NULL,
        [ChangeTalk] int NOT NULL,
        CONSTRAINT [PK_SummaryPeople] PRIMARY KEY ([SummaryId], [MemberId]),
        CONSTRAINT [FK_SummaryPeople_FamilyMembers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [FamilyMembers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SummaryPeople_MonthlySummaries_SummaryId] FOREIGN KEY ([SummaryId]) REFERENCES [MonthlySummaries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [SignificantEventPeople] (
        [EventId] uniqueidentifier NOT NULL,
        [MemberId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SignificantEventPeople] PRIMARY KEY ([EventId], [MemberId]),
        CONSTRAINT [FK_SignificantEventPeople_FamilyMembers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [FamilyMembers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SignificantEventPeople_SignificantEvents_EventId] FOREIGN KEY ([EventId]) REFERENCES [SignificantEvents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [FamilyActions] (
        [Id] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [SupervisionId] uniqueidentifier NOT NULL,
        [What] nvarchar(500) NOT NULL,
        [OwnerPersonId] uniqueidentifier NOT NULL,
        [DueOn] date NOT NULL,
        [State] int NOT NULL,
        [ClosedOn] date NULL,
        [ClosedAt] datetime2 NULL,
        [ClosingNote] nvarchar(1000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_FamilyActions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_FamilyActions_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_FamilyActions_People_OwnerPersonId] FOREIGN KEY ([OwnerPersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_FamilyActions_Supervisions_SupervisionId] FOREIGN KEY ([SupervisionId]) REFERENCES [Supervisions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [SupervisionActionLines] (
        [Id] uniqueidentifier NOT NULL,
        [ActionId] uniqueidentifier NOT NULL,
        [SupervisionId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [What] nvarchar(500) NOT NULL,
        [OwnerPersonId] uniqueidentifier NULL,
        [DueOn] date NULL,
        CONSTRAINT [PK_SupervisionActionLines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupervisionActionLines_People_OwnerPersonId] FOREIGN KEY ([OwnerPersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SupervisionActionLines_Supervisions_SupervisionId] FOREIGN KEY ([SupervisionId]) REFERENCES [Supervisions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [SupervisionAddenda] (
        [Id] uniqueidentifier NOT NULL,
        [SupervisionId] uniqueidentifier NOT NULL,
        [FamilyId] uniqueidentifier NOT NULL,
        [AuthorPersonId] uniqueidentifier NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [WrittenAt] datetime2 NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] uniqueidentifier NULL,
        [ModifiedAt] datetime2 NOT NULL,
        [ModifiedBy] uniqueidentifier NULL,
        [Version] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SupervisionAddenda] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupervisionAddenda_Families_FamilyId] FOREIGN KEY ([FamilyId]) REFERENCES [Families] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SupervisionAddenda_People_AuthorPersonId] FOREIGN KEY ([AuthorPersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SupervisionAddenda_Supervisions_SupervisionId] FOREIGN KEY ([SupervisionId]) REFERENCES [Supervisions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [SupervisionAttendees] (
        [Id] uniqueidentifier NOT NULL,
        [SupervisionId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [Name] nvarchar(200) NULL,
        [Role] nvarchar(200) NULL,
        [Attendance] int NOT NULL,
        CONSTRAINT [PK_SupervisionAttendees] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupervisionAttendees_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SupervisionAttendees_Supervisions_SupervisionId] FOREIGN KEY ([SupervisionId]) REFERENCES [Supervisions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [SupervisionPeople] (
        [Id] uniqueidentifier NOT NULL,
        [SupervisionId] uniqueidentifier NOT NULL,
        [MemberId] uniqueidentifier NOT NULL,
        [Meaning] nvarchar(4000) NULL,
        [Stage] int NULL,
        CONSTRAINT [PK_SupervisionPeople] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupervisionPeople_FamilyMembers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [FamilyMembers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SupervisionPeople_Supervisions_SupervisionId] FOREIGN KEY ([SupervisionId]) REFERENCES [Supervisions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [SupervisionUpdates] (
        [Id] uniqueidentifier NOT NULL,
        [SupervisionId] uniqueidentifier NOT NULL,
        [ChapterPersonId] uniqueidentifier NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_SupervisionUpdates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SupervisionUpdates_People_ChapterPersonId] FOREIGN KEY ([ChapterPersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SupervisionUpdates_Supervisions_SupervisionId] FOREIGN KEY ([SupervisionId]) REFERENCES [Supervisions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE TABLE [ActionChanges] (
        [Id] uniqueidentifier NOT NULL,
        [ActionId] uniqueidentifier NOT NULL,
        [Kind] int NOT NULL,
        [ByPersonId] uniqueidentifier NOT NULL,
        [At] datetime2 NOT NULL,
        [OwnerPersonId] uniqueidentifier NOT NULL,
        [DueOn] date NOT NULL,
        [Note] nvarchar(1000) NULL,
        CONSTRAINT [PK_ActionChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ActionChanges_FamilyActions_ActionId] FOREIGN KEY ([ActionId]) REFERENCES [FamilyActions] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ActionChanges_People_ByPersonId] FOREIGN KEY ([ByPersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_ActionChanges_ActionId_At] ON [ActionChanges] ([ActionId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_ActionChanges_ByPersonId] ON [ActionChanges] ([ByPersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_AdultWorries_FamilyId] ON [AdultWorries] ([FamilyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_AdultWorries_MemberId] ON [AdultWorries] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_AllocationAdults_MemberId] ON [AllocationAdults] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_Allocations_FamilyId] ON [Allocations] ([FamilyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_Allocations_PersonId_EndDate] ON [Allocations] ([PersonId], [EndDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AspNetUsers_PersonId] ON [AspNetUsers] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_UserId_OccurredAt] ON [AuditEntries] ([UserId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Families_Reference] ON [Families] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_Families_TeamId_ClosedOn] ON [Families] ([TeamId], [ClosedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyAccessLog_FamilyId_OccurredAt] ON [FamilyAccessLog] ([FamilyId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyAccessLog_PersonId_OccurredAt] ON [FamilyAccessLog] ([PersonId], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyActions_FamilyId_State] ON [FamilyActions] ([FamilyId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyActions_OwnerPersonId_State_DueOn] ON [FamilyActions] ([OwnerPersonId], [State], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyActions_SupervisionId] ON [FamilyActions] ([SupervisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyMembers_FamilyId] ON [FamilyMembers] ([FamilyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyMembers_SearchName] ON [FamilyMembers] ([SearchName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyOpenings_FamilyId] ON [FamilyOpenings] ([FamilyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyRelationships_FamilyId] ON [FamilyRelationships] ([FamilyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyRelationships_FromMemberId] ON [FamilyRelationships] ([FromMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_FamilyRelationships_ToMemberId] ON [FamilyRelationships] ([ToMemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_LegalStatusEpisodes_FamilyId_Kind_EndDate] ON [LegalStatusEpisodes] ([FamilyId], [Kind], [EndDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_LegalStatusEpisodes_Kind_StartDate] ON [LegalStatusEpisodes] ([Kind], [StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_LegalStatusEpisodes_MemberId] ON [LegalStatusEpisodes] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_MonthlySummaries_AuthorPersonId] ON [MonthlySummaries] ([AuthorPersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MonthlySummaries_FamilyId_AuthorPersonId_Month] ON [MonthlySummaries] ([FamilyId], [AuthorPersonId], [Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_MonthlySummaries_FamilyId_Month] ON [MonthlySummaries] ([FamilyId], [Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organisations_NormalizedName] ON [Organisations] ([NormalizedName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_People_FullName] ON [People] ([FullName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_People_JobRole] ON [People] ([JobRole]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_People_OrganisationId] ON [People] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SearchDocuments_FamilyId] ON [SearchDocuments] ([FamilyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Services_NormalizedName] ON [Services] ([NormalizedName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_Services_ServiceManagerId] ON [Services] ([ServiceManagerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SignificantEventPeople_MemberId] ON [SignificantEventPeople] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SignificantEvents_FamilyId_OccurredOn] ON [SignificantEvents] ([FamilyId], [OccurredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SignificantEvents_RecordedByPersonId] ON [SignificantEvents] ([RecordedByPersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SummaryNotes_AuthorPersonId] ON [SummaryNotes] ([AuthorPersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SummaryNotes_FamilyId_WrittenAt] ON [SummaryNotes] ([FamilyId], [WrittenAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SummaryNotes_SummaryId] ON [SummaryNotes] ([SummaryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SummaryPeople_MemberId] ON [SummaryPeople] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionActionLines_OwnerPersonId] ON [SupervisionActionLines] ([OwnerPersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionActionLines_SupervisionId] ON [SupervisionActionLines] ([SupervisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionAddenda_AuthorPersonId] ON [SupervisionAddenda] ([AuthorPersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionAddenda_FamilyId_WrittenAt] ON [SupervisionAddenda] ([FamilyId], [WrittenAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionAddenda_SupervisionId] ON [SupervisionAddenda] ([SupervisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionAttendees_PersonId] ON [SupervisionAttendees] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionAttendees_SupervisionId] ON [SupervisionAttendees] ([SupervisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionPeople_MemberId] ON [SupervisionPeople] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionPeople_SupervisionId] ON [SupervisionPeople] ([SupervisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_Supervisions_FamilyId_Status_HeldOn] ON [Supervisions] ([FamilyId], [Status], [HeldOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_Supervisions_SignedOffByPersonId] ON [Supervisions] ([SignedOffByPersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_Supervisions_Status_ScheduledOn] ON [Supervisions] ([Status], [ScheduledOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionUpdates_ChapterPersonId] ON [SupervisionUpdates] ([ChapterPersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_SupervisionUpdates_SupervisionId] ON [SupervisionUpdates] ([SupervisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_TeamMemberships_PersonId] ON [TeamMemberships] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_TeamMemberships_TeamId_StartDate] ON [TeamMemberships] ([TeamId], [StartDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Teams_ServiceId_NormalizedName] ON [Teams] ([ServiceId], [NormalizedName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    CREATE INDEX [IX_UserSessions_UserId_EndedAt] ON [UserSessions] ([UserId], [EndedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114322_Baseline'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203114322_Baseline', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114426_SearchIndex'
)
BEGIN
    INSERT INTO "SearchDocuments" ("Id", "FamilyId", "Kind", "Month", "Date", "Title", "Body")
    SELECT f."Id", f."Id", 1, NULL, f."OpenedOn", f."DisplayName", f."Reference" FROM "Families" AS f;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114426_SearchIndex'
)
BEGIN
    INSERT INTO "SearchDocuments" ("Id", "FamilyId", "Kind", "Month", "Date", "Title", "Body")
    SELECT m."Id", m."FamilyId", 2, NULL, COALESCE(m."DateOfBirth", m."ExpectedDateOfDelivery"), m."FullName",
           CASE m."Role" WHEN 1 THEN 'Child' WHEN 2 THEN 'Mother' WHEN 3 THEN 'Father' WHEN 4 THEN 'Step-parent' WHEN 5 THEN 'Partner' WHEN 6 THEN 'Carer' WHEN 7 THEN 'Grandparent' WHEN 8 THEN 'Sibling' WHEN 9 THEN 'Other' ELSE '' END + COALESCE(CHAR(10) + m."PreferredName", '')
    FROM "FamilyMembers" AS m;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114426_SearchIndex'
)
BEGIN
    INSERT INTO "SearchDocuments" ("Id", "FamilyId", "Kind", "Month", "Date", "Title", "Body")
    SELECT e."Id", e."FamilyId", 6, NULL, e."OccurredOn", CASE e."Kind" WHEN 1 THEN 'Incident' WHEN 2 THEN 'Police call-out' WHEN 3 THEN 'Domestic abuse call-out' WHEN 4 THEN 'A&E attendance' WHEN 5 THEN 'Mental health crisis contact' WHEN 6 THEN 'School' WHEN 7 THEN 'Health' WHEN 8 THEN 'Court' WHEN 9 THEN 'Visit (child seen)' WHEN 99 THEN 'Other' ELSE '' END, e."Account"
    FROM "SignificantEvents" AS e;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114426_SearchIndex'
)
BEGIN
    INSERT INTO "SearchDocuments" ("Id", "FamilyId", "Kind", "Month", "Date", "Title", "Body")
    SELECT s."Id", s."FamilyId", 3, s."Month", CAST(s."SubmittedAt" AS date), 'Monthly summary',
           concat_ws(CHAR(10), NULLIF(s."WorkUndertaken", ''), NULLIF(s."WhatHasChanged", ''), NULLIF(s."Worries", ''),
                     NULLIF(s."Strengths", ''), NULLIF(s."NextSteps", ''),
                     (SELECT STRING_AGG(p."Impact", CHAR(10)) FROM "SummaryPeople" AS p WHERE p."SummaryId" = s."Id" AND p."Impact" IS NOT NULL))
    FROM "MonthlySummaries" AS s
    WHERE s."Status" = 2;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114426_SearchIndex'
)
BEGIN
    INSERT INTO "SearchDocuments" ("Id", "FamilyId", "Kind", "Month", "Date", "Title", "Body")
    SELECT n."Id", n."FamilyId", CASE n."Kind" WHEN 1 THEN 4 ELSE 5 END, s."Month",
           CAST(n."WrittenAt" AS date), CASE n."Kind" WHEN 1 THEN 'Addendum' ELSE 'Management oversight' END, n."Text"
    FROM "SummaryNotes" AS n
    JOIN "MonthlySummaries" AS s ON s."Id" = n."SummaryId"
    WHERE s."Status" = 2;
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114426_SearchIndex'
)
BEGIN
    IF FULLTEXTSERVICEPROPERTY('IsFullTextInstalled') = 1
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE [name] = N'SearchDocumentsCatalog')
            EXEC(N'CREATE FULLTEXT CATALOG [SearchDocumentsCatalog] WITH ACCENT_SENSITIVITY = OFF');

        IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE [object_id] = OBJECT_ID(N'[SearchDocuments]'))
            EXEC(N'CREATE FULLTEXT INDEX ON [SearchDocuments] ([Title] LANGUAGE 2057, [Body] LANGUAGE 2057)
                KEY INDEX [PK_SearchDocuments] ON [SearchDocumentsCatalog]
                WITH CHANGE_TRACKING = AUTO, STOPLIST = OFF');
    END;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203114426_SearchIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203114426_SearchIndex', N'10.0.15');
END;
GO


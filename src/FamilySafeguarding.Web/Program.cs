using System.Globalization;
using FamilySafeguarding.Application;
using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Infrastructure;
using FamilySafeguarding.Web.Infrastructure;
using FamilySafeguarding.Web.Infrastructure.Authorization;
using FamilySafeguarding.Web.Infrastructure.Errors;
using FamilySafeguarding.Web.Infrastructure.Logging;
using FamilySafeguarding.Web.Infrastructure.Security;
using FamilySafeguarding.Web.Infrastructure.Startup;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Serilog;
using Serilog.Core;

// Dates and numbers are shown as people in an English council read them, whatever the server's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

// Until the app's own logger exists, a start-up failure goes to the console; after, to the app's console and file too.
Log.Logger = AppLogging.CreateStartupLogger();
Logger? appLogger = null;
try
{
    var builder = WebApplication.CreateBuilder(args);
    appLogger = builder.CreateAppLogger();
    builder.Services.AddSerilog(appLogger, dispose: false); // disposed below, after a failed start-up is logged
    builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

    builder.Services.AddApplication();
    builder.Services.Configure<FamilySafeguarding.Application.Families.CaseloadOptions>(builder.Configuration.GetSection(FamilySafeguarding.Application.Families.CaseloadOptions.Section));
    builder.Services.AddOptions<FamilySafeguarding.Application.Workbook.WorkbookOptions>()
        .Bind(builder.Configuration.GetSection(FamilySafeguarding.Application.Workbook.WorkbookOptions.Section))
        .Validate(o => o.SummaryDueWorkingDay is >= 1 and <= 20, "Workbook:SummaryDueWorkingDay must be a working day from 1 to 20.")
        .ValidateOnStart();
    builder.Services.AddOptions<FamilySafeguarding.Application.Supervisions.SupervisionOptions>()
        .Bind(builder.Configuration.GetSection(FamilySafeguarding.Application.Supervisions.SupervisionOptions.Section))
        .Validate(o => o.FirstSupervisionDays is >= 1 and <= 90, "Supervision:FirstSupervisionDays must be from 1 to 90 days.")
        .ValidateOnStart();
    builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
    builder.Services.AddAppIdentity(builder.Configuration);
    builder.Services.AddSignInThrottling(builder.Configuration);
    builder.Services.AddAppAuthorization();
    builder.Services.AddBrokenRequestLimits();
    builder.Services.AddHttpContextAccessor();
    builder.Services.AddScoped<IRequestContext, HttpRequestContext>();
    builder.Services.AddSingleton<FamilySafeguarding.Web.Infrastructure.Forms.FormKeys>();
    builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);

    builder.Services.AddHsts(o =>
    {
        o.MaxAge = TimeSpan.FromDays(365);
        o.IncludeSubDomains = true;
    });
    builder.Services
        .AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add<AppExceptionFilter>();
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            // The framework's binding messages never reach a page: none of these echoes what was typed.
            o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((_, _) => "Enter a valid value");
            o.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter a valid value");
            o.ModelBindingMessageProvider.SetUnknownValueIsInvalidAccessor(_ => "Enter a valid value");
            o.ModelBindingMessageProvider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Enter a valid value");
            o.ModelBindingMessageProvider.SetValueIsInvalidAccessor(_ => "Enter a valid value");
            o.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => "Enter a number");
            o.ModelBindingMessageProvider.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number");
            o.ModelBindingMessageProvider.SetMissingBindRequiredValueAccessor(_ => "Enter a value");
            o.ModelBindingMessageProvider.SetMissingKeyOrValueAccessor(() => "Enter a value");
            o.ModelBindingMessageProvider.SetMissingRequestBodyRequiredValueAccessor(() => "Enter a value");
            o.ModelBindingMessageProvider.SetValueMustNotBeNullAccessor(_ => "Enter a value");

            // The route wins: an id or parent id in the path is never taken from a form field of the same name (ADR-020).
            var route = o.ValueProviderFactories.OfType<RouteValueProviderFactory>().Single();
            o.ValueProviderFactories.Remove(route);
            o.ValueProviderFactories.Insert(0, route);
        })
        .AddRazorOptions(o =>
        {
            // Views sit beside their controller in Features/<Name>/ (folder names match controller names exactly).
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
            o.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
        });
    builder.Services.AddRouting(o => o.LowercaseUrls = true);

    var app = builder.Build();

    await DatabaseStartup.InitialiseAsync(app.Services, app.Environment, args);

    app.UseSecurityHeaders();
    app.UseCorrelationIds();
    app.UseRequestLines();
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error");
        app.UseHsts();
        app.UseHttpsRedirection();
    }
    else
    {
        app.UseExceptionHandler("/error");
    }

    app.UseStatusCodePagesWithReExecute("/error/{0}");
    app.UseStaticFiles();
    app.UseBrokenRequestRefusal();
    app.UseNoStoreForPages();
    app.UseRouting();
    app.UseAuthentication();
    app.UseSessionCheckFailures();
    app.UseTwoFactorEnrolment();
    app.UseSignInThrottling();
    app.UseAuthorization();

    app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
    app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(FamilySafeguarding.Infrastructure.DependencyInjection.ReadyTag) }).AllowAnonymous();
    app.MapControllers();

    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    // HostAbortedException is how EF's tools and the test host stop the app once they have it: not a failure.
    (appLogger ?? Log.Logger).ForContext<Program>().Fatal(ex, "The app failed to start or stopped unexpectedly");

    // Thrown on, so that whatever started the app (a service manager, a test host) sees that it failed.
    throw;
}
finally
{
    appLogger?.Dispose();
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the integration and browser tests' WebApplicationFactory.</summary>
public partial class Program;

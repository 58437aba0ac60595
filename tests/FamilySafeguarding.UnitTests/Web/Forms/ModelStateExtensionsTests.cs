using FamilySafeguarding.Domain;
using FamilySafeguarding.Web.Features.Teams;
using FamilySafeguarding.Web.Infrastructure.Forms;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilySafeguarding.UnitTests.Web.Forms;

public sealed class ModelStateExtensionsTests
{
    [Fact]
    public void AddFailures_FailureOnAPartOfADate_LandsOnTheWholeDate()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddFailures(new ValidationResult([new ValidationFailure("StartDate.Day", "The start date must be a real date")]));

        Assert.Equal(["The start date must be a real date"], Messages(modelState, "StartDate"));
        Assert.False(modelState.ContainsKey("StartDate.Day"));
    }

    [Fact]
    public void AddFailures_FailureOnAFieldOfAListItem_LandsOnThatField()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddFailures(new ValidationResult([new ValidationFailure("Adults[1].Importance", "Importance must be a number from 0 to 10")]));

        Assert.Equal(["Adults[1].Importance"], modelState.Keys);
    }

    [Fact]
    public void AddFailures_SameMessageTwiceForOneField_IsShownOnce()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddFailures(new ValidationResult(
        [
            new ValidationFailure("StartDate.Day", "The start date must be a real date"),
            new ValidationFailure("StartDate.Month", "The start date must be a real date"),
            new ValidationFailure("StartDate", "The start date must be a real date"),
        ]));

        Assert.Equal(["The start date must be a real date"], Messages(modelState, "StartDate"));
    }

    [Fact]
    public void AddFailures_DifferentMessagesAndFields_AreAllKept()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddFailures(new ValidationResult(
        [
            new ValidationFailure("Name", "Enter the team's name"),
            new ValidationFailure("Locality", "Enter the team's locality or office"),
            new ValidationFailure("Locality", "Another message"),
        ]));

        Assert.Equal(["Enter the team's name"], Messages(modelState, "Name"));
        Assert.Equal(["Enter the team's locality or office", "Another message"], Messages(modelState, "Locality"));
        Assert.Equal(3, modelState.ErrorCount);
    }

    [Fact]
    public void AddFailures_SameMessageOnTwoFields_IsShownOnEach()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddFailures(new ValidationResult(
        [
            new ValidationFailure("StartDate", "Enter a date"),
            new ValidationFailure("EndDate", "Enter a date"),
        ]));

        Assert.Single(Messages(modelState, "StartDate"));
        Assert.Single(Messages(modelState, "EndDate"));
    }

    [Fact]
    public void AddFailures_MessageAlreadyInModelStateForTheField_IsNotAddedAgain()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("StartDate", "The start date must be a real date");

        modelState.AddFailures(new ValidationResult(
        [
            new ValidationFailure("StartDate.Year", "The start date must be a real date"),
            new ValidationFailure("StartDate.Year", "The year must include 4 numbers"),
        ]));

        Assert.Equal(["The start date must be a real date", "The year must include 4 numbers"], Messages(modelState, "StartDate"));
    }

    [Fact]
    public void AddFailures_WithAPrefix_KeysEachFailureUnderThePrefix_AndFoldsDatesTheSame()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddFailures(
            new ValidationResult(
            [
                new ValidationFailure("Text", "Enter the addendum"),
                new ValidationFailure("Date.Day", "The date must be a real date"),
                new ValidationFailure("Date.Month", "The date must be a real date"),
                new ValidationFailure(string.Empty, "Add the addendum again"),
            ]),
            "Addendum");

        Assert.Equal(["Enter the addendum"], Messages(modelState, "Addendum.Text"));
        Assert.Equal(["The date must be a real date"], Messages(modelState, "Addendum.Date"));
        Assert.Equal(["Add the addendum again"], Messages(modelState, "Addendum"));
        Assert.Equal(3, modelState.ErrorCount);
    }

    [Fact]
    public async Task ValidateAsync_InvalidForm_IsFalseWithTheErrorsInModelState()
    {
        var modelState = new ModelStateDictionary();

        var valid = await modelState.ValidateAsync(new TeamFormValidator(), new TeamForm { Name = "Hertford North" }, CancellationToken.None);

        Assert.False(valid);
        Assert.Equal(["Enter the team's locality or office"], Messages(modelState, "Locality"));
    }

    [Fact]
    public async Task ValidateAsync_ValidForm_IsTrue()
    {
        var modelState = new ModelStateDictionary();

        Assert.True(await modelState.ValidateAsync(new TeamFormValidator(), new TeamForm { Name = "Hertford North", Locality = "Hertford" }, CancellationToken.None));
        Assert.Equal(0, modelState.ErrorCount);
    }

    [Fact]
    public void AddRuleError_FieldOnTheForm_IsShownBesideIt()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddRuleError(new DomainRuleException("A team called Hertford North already exists", "Name"), "Name", "Locality");

        Assert.Equal(["A team called Hertford North already exists"], Messages(modelState, "Name"));
    }

    [Fact]
    public void AddRuleError_ManyProblems_EachIsShownBesideItsField()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddRuleError(DomainRuleException.Many([new DomainRuleProblem("Name", "Enter the team's name"), new DomainRuleProblem("Locality", "Enter the locality"), new DomainRuleProblem(null, "Something else")]), "Name", "Locality");

        Assert.Equal(["Enter the team's name"], Messages(modelState, "Name"));
        Assert.Equal(["Enter the locality"], Messages(modelState, "Locality"));
        Assert.Equal(["Something else"], Messages(modelState, string.Empty));
    }

    [Fact]
    public void AddRuleError_FieldNotOnTheForm_IsShownAtTheTop()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddRuleError(new DomainRuleException("FTE must be between 0.01 and 1.00", "Fte"), "Name", "Locality");

        Assert.Equal(["FTE must be between 0.01 and 1.00"], Messages(modelState, string.Empty));
        Assert.False(modelState.ContainsKey("Fte"));
    }

    [Fact]
    public void AddRuleError_NoField_IsShownAtTheTop()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddRuleError(new DomainRuleException("That team membership no longer exists"), "EndDate");

        Assert.Equal(["That team membership no longer exists"], Messages(modelState, string.Empty));
    }

    [Fact]
    public void AddRuleError_FieldOnTheFormInAnotherCase_IsShownAtTheTop()
    {
        var modelState = new ModelStateDictionary();

        modelState.AddRuleError(new DomainRuleException("Enter the team's name", "name"), "Name");

        Assert.Equal(["Enter the team's name"], Messages(modelState, string.Empty));
    }

    private static IEnumerable<string> Messages(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];
    [Fact]
    public async Task TrySaveAsync_WhenTheUseCaseSucceeds_IsTrueWithNoErrors()
    {
        var modelState = new ModelStateDictionary();

        Assert.True(await modelState.TrySaveAsync(() => Task.CompletedTask, "StartDate"));
        Assert.True(modelState.IsValid);
    }

    [Fact]
    public async Task TrySaveAsync_WhenARuleRefuses_PutsTheMessageBesideItsField()
    {
        var modelState = new ModelStateDictionary();

        var saved = await modelState.TrySaveAsync(() => throw new DomainRuleException("The start date must be today or in the past", "StartDate"), "Kind", "StartDate");

        Assert.False(saved);
        Assert.Equal("The start date must be today or in the past", Assert.Single(modelState["StartDate"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task TrySaveAsync_WhenTheSaveClashes_AddsASummaryError()
    {
        var modelState = new ModelStateDictionary();

        var saved = await modelState.TrySaveAsync(() => throw new FamilySafeguarding.Application.Common.ConcurrencyConflictException("Someone else changed this family at the same moment."), "Kind");

        Assert.False(saved);
        Assert.Equal("Someone else changed this family at the same moment.", Assert.Single(modelState[string.Empty]!.Errors).ErrorMessage);
    }
}

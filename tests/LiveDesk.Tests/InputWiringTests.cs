using System.Collections;
using LiveDesk.Errors;
using LiveDesk.Import;
using LiveDesk.Input;
using LiveDesk.Models;
using Xunit;

namespace LiveDesk.Tests;

/// <summary>Issues 10 and 13: one column table for New/Get/Set, -Map parsing, the -WhatIf text, and progress that cannot slow an import.</summary>
public class InputWiringTests
{
    [Fact]
    public void Map_accepts_column_names_skip_and_short_field_names()
    {
        var map = ContactInput.ParseMap(new Hashtable { ["Email"] = "Work Mail", ["phone"] = "Cell", ["Identifier"] = null, ["AvatarUrl"] = " " }, out var error);
        Assert.Null(error);
        Assert.Equal("Work Mail", map![ContactField.Email].ColumnName);
        Assert.Equal("Cell", map[ContactField.PhoneNumber].ColumnName);
        Assert.True(map[ContactField.Identifier].IsSkip);
        Assert.True(map[ContactField.AvatarUrl].IsSkip);
    }

    [Theory]
    [InlineData("Nmae", "'Nmae' is not a contact field")]
    [InlineData("Email", "Int32")]
    public void Map_refuses_unknown_fields_and_odd_values(string key, string expected)
    {
        var map = ContactInput.ParseMap(new Hashtable { [key] = key == "Email" ? 5 : "x" }, out var error);
        Assert.Null(map);
        Assert.Equal(ErrorIds.InvalidInput, error!.ErrorId);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void An_unknown_region_is_an_input_error()
    {
        Assert.Null(ContactInput.Create("XX", null, out var error));
        Assert.Equal(ErrorIds.InvalidInput, error!.ErrorId);
        Assert.Contains("'XX'", error.Message);
        Assert.DoesNotContain("Parameter", error.Message);
    }

    [Fact]
    public void Command_line_values_win_and_are_normalised_like_the_row()
    {
        var input = ContactInput.Create("DE", null, out _)!;
        var row = InputRow.From(("DisplayName", "Row"), ("mail", "row@example.com"), ("mobile", "0171 2345678"));
        var fromRow = input.ReadRow(row, new CommandLineFields(), requireField: true);
        Assert.Null(fromRow.Error);
        Assert.Equal("+491712345678", fromRow.Fields.PhoneNumber);
        var typed = input.ReadRow(row, new CommandLineFields { Name = "Typed", PhoneNumber = "030 1234567" }, requireField: true);
        Assert.Equal("Typed", typed.Fields.Name);
        Assert.Equal("+49301234567", typed.Fields.PhoneNumber);
        Assert.Equal("row@example.com", typed.Fields.Email);
    }

    [Fact]
    public void The_column_mapping_is_described_once_per_header_set()
    {
        var input = ContactInput.Create(null, null, out _)!;
        var first = input.ReadRow(InputRow.From(("Display name", "A"), ("Mobile Phone", "+491712345678"), ("Foo", "x")), new CommandLineFields(), requireField: true);
        Assert.Contains("Name from 'Display name'", first.MapDescription);
        Assert.Contains("PhoneNumber from 'Mobile Phone'", first.MapDescription);
        Assert.Contains("not used: 'Foo'", first.MapDescription);
        Assert.Null(input.ReadRow(InputRow.From(("Display name", "B"), ("Mobile Phone", ""), ("Foo", "")), new CommandLineFields(), requireField: true).MapDescription);
        Assert.NotNull(input.ReadRow(InputRow.From(("Email", "c@example.com")), new CommandLineFields(), requireField: true).MapDescription);
    }

    [Fact]
    public void A_map_column_the_input_lacks_is_terminating()
    {
        var input = ContactInput.Create(null, new Hashtable { ["Email"] = "Work Mial" }, out _)!;
        var result = input.ReadRow(InputRow.From(("Name", "a"), ("Work Mail", "a@example.com")), new CommandLineFields(), requireField: true);
        Assert.True(result.Terminating);
        Assert.Contains("did you mean 'Work Mail'", result.Error!.Message);
    }

    [Fact]
    public void Preview_shows_every_field_as_sent()
    {
        var f = new ContactFields { Name = "Jürgen Müller", Email = "j.mueller@contoso.de", PhoneNumber = "+491712345678", Identifier = "4711", InboxId = 407 };
        Assert.Equal("Create contact 'Jürgen Müller' <j.mueller@contoso.de> +491712345678 id 4711 in inbox 407", ContactPreview.Create(f));
        f.AvatarUrl = "https://img.example.com/a.png";
        f.CustomAttributes = new Hashtable { ["plan"] = "gold" };
        Assert.Equal("Update contact 5: name 'Jürgen Müller', e-mail <j.mueller@contoso.de>, phone +491712345678, id 4711, avatar https://img.example.com/a.png, custom attributes plan",
            ContactPreview.Update(5, f));
    }

    [Fact]
    public void Set_and_Get_accept_a_row_that_fills_no_field_when_asked_to()
    {
        var input = ContactInput.Create(null, null, out _)!;
        var onlyId = InputRow.From(("Object Id", "5"), ("Notes", "x"));
        Assert.Null(input.ReadRow(onlyId, new CommandLineFields { Name = "New" }, requireField: false).Error);
        Assert.Equal(ErrorIds.InvalidInput, input.ReadRow(onlyId, new CommandLineFields(), requireField: true).Error!.ErrorId);
    }

    [Fact]
    public void A_bad_phone_on_the_command_line_is_refused_like_a_row_s()
    {
        var input = ContactInput.Create(null, null, out _)!;
        var result = input.ReadRow(null, new CommandLineFields { PhoneNumber = "0171 2345678" }, requireField: true);
        Assert.Equal(ErrorIds.InvalidPhoneNumber, result.Error!.ErrorId);
        Assert.Contains("-DefaultRegion DE", result.Error.Message);
    }

    /// <summary>A clock the test moves; a write can be made to "take" some time.</summary>
    private sealed class FakeClock
    {
        public TimeSpan Now;
        public TimeSpan WriteTakes;
        public readonly List<ProgressUpdate> Written = new();
        public readonly List<string> Verbose = new();

        public ImportProgress Create(Func<bool>? consoleAnswered = null) => new(() => Now, r => { Written.Add(r); Now += WriteTakes; }, Verbose.Add, consoleAnswered);
    }

    [Fact]
    public void Progress_waits_a_second_then_writes_at_most_four_times_a_second()
    {
        var clock = new FakeClock();
        var progress = clock.Create();
        for (var ms = 0; ms <= 3000; ms += 10)
        {
            clock.Now = TimeSpan.FromMilliseconds(ms);
            progress.Report(ms, 0, rate => $"{rate:0}/s", () => null);
        }
        // 1.0 s to 3.0 s at 250 ms: 9 updates.
        Assert.InRange(clock.Written.Count, 8, 9);
        Assert.All(clock.Written, r => Assert.Equal(-1, r.PercentComplete));
        Assert.Empty(clock.Verbose);
        progress.Complete();
        Assert.True(clock.Written[^1].Completed);
    }

    [Fact]
    public void A_slow_progress_write_stops_progress_for_the_import_and_says_so_once()
    {
        var clock = new FakeClock { WriteTakes = TimeSpan.FromMilliseconds(400) };
        var progress = clock.Create();
        for (var ms = 0; ms <= 10000; ms += 10)
        {
            clock.Now = TimeSpan.FromMilliseconds(Math.Max(ms, clock.Now.TotalMilliseconds));
            progress.Report(ms, 0, rate => "x", () => null);
        }
        progress.Complete();
        Assert.Single(clock.Written);
        Assert.True(progress.Disabled);
        Assert.Single(clock.Verbose);
        Assert.Contains("no more progress", clock.Verbose[0]);
    }

    [Fact]
    public void A_fast_write_keeps_progress_on()
    {
        var clock = new FakeClock { WriteTakes = TimeSpan.FromMilliseconds(20) };
        var progress = clock.Create();
        for (var ms = 1000; ms <= 2000; ms += 50)
        {
            clock.Now = TimeSpan.FromMilliseconds(ms);
            progress.Report(ms, 0, rate => "x", () => null);
        }
        Assert.False(progress.Disabled);
        Assert.True(clock.Written.Count >= 4);
    }

    [Fact]
    public void With_a_known_total_progress_has_a_percentage_and_time_left()
    {
        var clock = new FakeClock { Now = TimeSpan.FromSeconds(2) };
        var progress = clock.Create();
        progress.Total = 1000;
        progress.Report(190, 10, rate => "x", () => "paced");
        var record = Assert.Single(clock.Written);
        Assert.Equal(20, record.PercentComplete);
        Assert.Equal(8, record.SecondsRemaining); // 200 rows in 2 s: 800 more take 8 s
        Assert.Contains("(200 of 1000)", record.Status);
        Assert.Equal("paced", record.CurrentOperation);
    }

    [Fact]
    public void A_console_that_does_not_answer_the_cursor_probe_gets_no_progress_at_all()
    {
        var clock = new FakeClock();
        var progress = clock.Create(consoleAnswered: () => false);
        for (var ms = 0; ms <= 5000; ms += 10)
        {
            clock.Now = TimeSpan.FromMilliseconds(ms);
            progress.Report(ms, 0, rate => "x", () => null);
        }
        progress.Complete();
        Assert.Empty(clock.Written);
        Assert.True(progress.Disabled);
        Assert.Single(clock.Verbose);
        Assert.Contains("cursor query", clock.Verbose[0]);
    }

    [Fact]
    public void A_console_that_answers_the_probe_gets_progress()
    {
        var answered = false;
        var clock = new FakeClock();
        var progress = clock.Create(consoleAnswered: () => answered);
        answered = true;
        for (var ms = 0; ms <= 2000; ms += 10)
        {
            clock.Now = TimeSpan.FromMilliseconds(ms);
            progress.Report(ms, 0, rate => "x", () => null);
        }
        Assert.False(progress.Disabled);
        Assert.NotEmpty(clock.Written);
    }
}

#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Matching rows to existing contacts (-IfExists Skip|Update, -MatchBy Index|Search|Auto) and concurrent listing,
# against the real sandbox process, through the staged module (out/LiveDesk).

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
    Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck

    function Get-Stored { @(Get-LiveDeskSandboxContact -Sandbox $sb) }
    # Ann and Bo work at the same company: the same switchboard number is Ann's.
    function Add-Staff {
        $null = Add-LiveDeskSandboxContact -Sandbox $sb -Contact @(
            @{ name = 'Ann Lee'; email = 'ann@acme.example'; phone_number = '+15127576000'; identifier = 'EMP-1' }
            @{ name = 'Bo Ray'; email = 'bo@acme.example'; identifier = 'EMP-2' }
        )
    }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Matching rows to existing contacts' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Add-Staff
    }

    It 'never merges two people sharing a switchboard number (-MatchBy <MatchBy>, -IfExists <IfExists>)' -ForEach @(
        @{ MatchBy = 'Index'; IfExists = 'Update' }, @{ MatchBy = 'Search'; IfExists = 'Update' }, @{ MatchBy = 'Index'; IfExists = 'Skip' }, @{ MatchBy = 'Search'; IfExists = 'Skip' }
    ) {
        $row = [pscustomobject]@{ Name = 'Cy Dale'; Email = 'cy@acme.example'; Phone = '+15127576000'; EmployeeId = 'EMP-3' }
        $out = @($row | New-LiveDeskContact -InboxId 407 -IfExists $IfExists -MatchBy $MatchBy -ErrorVariable ev -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 0
        @($ev).Count | Should -Be 1
        $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.ContactConflict'
        [object]::ReferenceEquals($ev[0].TargetObject, $row) | Should -BeTrue
        $ev[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $ev[0].Exception.Message | Should -Match 'Contact 1 '
        $ann = (Get-Stored)[0]
        $ann.name | Should -BeExactly 'Ann Lee'
        $ann.email | Should -BeExactly 'ann@acme.example'
        $ann.identifier | Should -BeExactly 'EMP-1'
        (Get-Stored).Count | Should -Be 2
        (Get-LiveDeskSandboxStat -Sandbox $sb).updates | Should -Be 0
    }

    It 'gives the same outcomes by index and by search' {
        # Two rows give EMP-2 to two people on purpose (the third row is ambiguous): under a recognised id column such as
        # EmployeeId the first rows' values would set the column aside; a column named Identifier is the user's own key.
        $rows = @(
            [pscustomobject]@{ Name = 'Ann Lee'; Email = 'ANN@acme.example'; Phone = '+15127576000'; Identifier = 'EMP-1' }
            [pscustomobject]@{ Name = 'Bo Ray-Smith'; Email = 'bo@acme.example'; Identifier = 'EMP-2' }
            [pscustomobject]@{ Name = 'Ann Lee'; Email = 'ann@acme.example'; Identifier = 'EMP-2' }
            [pscustomobject]@{ Name = 'Di New'; Email = 'di@acme.example'; Identifier = 'EMP-4' }
        )
        $results = foreach ($mode in 'Index', 'Search') {
            Reset-TestSandbox -Sandbox $sb
            Add-Staff
            $out = @($rows | New-LiveDeskContact -InboxId 407 -IfExists Update -MatchBy $mode -ErrorVariable ev -ErrorAction SilentlyContinue)
            (@($out | ForEach-Object { "$($_.Id) $($_.Outcome)" }) + @($ev | Get-ErrorIdPrefix) + @(Get-Stored | ForEach-Object { "$($_.id) $($_.name)" })) -join '; '
        }
        $results[0] | Should -BeExactly '1 Unchanged; 2 Updated; 3 Created; LiveDesk.AmbiguousMatch; 1 Ann Lee; 2 Bo Ray-Smith; 3 Di New'
        $results[1] | Should -BeExactly $results[0]
    }

    It 'finds a contact someone else created after the index was built, with one search' {
        $rows = & {
            [pscustomobject]@{ Name = 'Ann Lee'; Email = 'ann@acme.example' }
            # -ErrorAction Stop on the command finishes each row before the next is read: the index exists by now.
            $null = Add-LiveDeskSandboxContact -Sandbox $sb -Contact @(@{ name = 'Eve Late'; email = 'eve@acme.example' })
            [pscustomobject]@{ Name = 'Eve Late'; Email = 'eve@acme.example' }
        } | New-LiveDeskContact -InboxId 407 -IfExists Skip -MatchBy Index -ErrorAction Stop
        $rows.Outcome | Should -Be 'Existing', 'Existing'
        $rows.Id | Should -Be 1, 3
        (Get-Stored).Count | Should -Be 3
        $stats = Get-LiveDeskSandboxStat -Sandbox $sb
        $stats.searches | Should -Be 1 -Because 'the 422 for the unknown e-mail falls back to one search'
        $stats.creates | Should -Be 0
    }

    It 'sends nothing for unchanged rows and counts them in the summary' {
        $csv = Write-TestCsv -Path "$TestDrive/staff.csv" -Row @(
            [pscustomobject]@{ name = 'Ann Lee'; email = 'ann@acme.example'; phone_number = '+15127576000'; identifier = 'EMP-1' }
            [pscustomobject]@{ name = 'Bo Ray'; email = 'bo@acme.example'; phone_number = ''; identifier = 'EMP-2' }
        )
        $before = Get-LiveDeskSandboxStat -Sandbox $sb
        $out = @(Import-Csv $csv | New-LiveDeskContact -InboxId 407 -IfExists Update -MatchBy Index -InformationVariable info -ErrorVariable ev)
        @($ev).Count | Should -Be 0
        $out.Outcome | Should -Be 'Unchanged', 'Unchanged'
        $out.Id | Should -Be 1, 2
        $out[0].Name | Should -BeExactly 'Ann Lee'
        $stats = Get-LiveDeskSandboxStat -Sandbox $sb
        ($stats.requests - $before.requests) | Should -Be $stats.lists -Because 'listing the account is the only request'
        $stats.updates | Should -Be 0
        $stats.creates | Should -Be 0
        "$(@($info | Where-Object { $_.Tags -contains 'Summary' })[0].MessageData)" | Should -Match '0 created, 0 existing, 0 updated, 2 unchanged, 0 failed'
    }

    It 'sends no PATCH for unchanged rows found by searching either' {
        $rows = @([pscustomobject]@{ Name = 'Bo Ray'; Email = 'BO@acme.example'; EmployeeId = 'EMP-2' })
        $out = @($rows | New-LiveDeskContact -InboxId 407 -IfExists Update -MatchBy Search)
        $out.Outcome | Should -Be 'Unchanged'
        $stats = Get-LiveDeskSandboxStat -Sandbox $sb
        $stats.updates | Should -Be 0
        $stats.lists | Should -Be 0
        $stats.searches | Should -Be 1
    }

    It 'warns once per import that name-only rows cannot be matched' {
        $rows = @(New-TestContactRow -Count 3 -Prefix 'svc' -NameOnly)
        $out = @($rows | New-LiveDeskContact -InboxId 407 -IfExists Skip -WarningVariable warnings -WarningAction SilentlyContinue)
        $out.Outcome | Sort-Object -Unique | Should -Be 'Created'
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -Match 'created again every time'
    }
}

Describe 'Listing concurrently' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sb
        $null = Add-LiveDeskSandboxContact -Sandbox $sb -Contact @(for ($i = 1; $i -le 300; $i++) { @{ name = "Listed $i"; email = "listed$i@x.io" } })
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 50
    }
    AfterAll { $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 0 }

    It 'emits every contact once, in page order' {
        $before = (Get-LiveDeskSandboxStat -Sandbox $sb).lists
        $all = @(Get-LiveDeskContact -ThrottleLimit 8)
        $all.Count | Should -Be 300
        ($all.Id -join ',') | Should -BeExactly ((1..300) -join ',')
        ((Get-LiveDeskSandboxStat -Sandbox $sb).lists - $before) | Should -Be 20
    }

    It 'reads no page past -First' {
        $before = (Get-LiveDeskSandboxStat -Sandbox $sb).lists
        $some = @(Get-LiveDeskContact -Skip 10 -First 20)
        $some.Id | Should -Be (11..30)
        ((Get-LiveDeskSandboxStat -Sandbox $sb).lists - $before) | Should -Be 2
    }
}

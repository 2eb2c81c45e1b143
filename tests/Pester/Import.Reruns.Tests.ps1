#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Importing the same CSV again: -IfExists Error|Skip|Update, against the real sandbox process,
# through the staged module (out/LiveDesk).

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
    Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck

    function Get-Stored { @(Get-LiveDeskSandboxContact -Sandbox $sb) }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Importing a CSV again' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        $rows = @(New-TestContactRow -Count 30 -Prefix 'rerun')
        $csv = Write-TestCsv -Path "$TestDrive/contacts.csv" -Row $rows
        $first = @(Import-Csv $csv | New-LiveDeskContact -ErrorVariable firstErrors)
        $afterFirst = Get-LiveDeskSandboxStat -Sandbox $sb
    }

    It 'creates every row on the first import and searches nothing' {
        @($firstErrors).Count | Should -Be 0
        $first.Count | Should -Be 30
        $first.Outcome | Sort-Object -Unique | Should -Be 'Created'
        $afterFirst.creates | Should -Be 30
        $afterFirst.searches | Should -Be 0 -Because 'searches happen only after a 422'
        $afterFirst.lists | Should -Be 0
    }

    It 'with -IfExists Skip -MatchBy Search creates nothing, writes no error and emits every row as Existing with its id' {
        $again = @(Import-Csv $csv | New-LiveDeskContact -IfExists Skip -MatchBy Search -ErrorVariable ev)
        @($ev).Count | Should -Be 0
        $again.Count | Should -Be 30
        $again.Outcome | Sort-Object -Unique | Should -Be 'Existing'
        $again.Id | Should -Be $first.Id
        $again.Email | Should -Be $rows.email
        (Get-Stored).Count | Should -Be 30
        $stats = Get-LiveDeskSandboxStat -Sandbox $sb
        $stats.creates | Should -Be 30
        $stats.updates | Should -Be 0
        ($stats.searches - $afterFirst.searches) | Should -BeGreaterOrEqual 30 -Because 'each 422 is resolved by a search'
    }

    It 'with the default -IfExists Error reports every row as LiveDesk.ContactDuplicate and creates nothing' {
        $again = @(Import-Csv $csv | New-LiveDeskContact -ErrorVariable ev -ErrorAction SilentlyContinue)
        $again.Count | Should -Be 0
        @($ev).Count | Should -Be 30
        @($ev | Get-ErrorIdPrefix | Sort-Object -Unique) | Should -Be 'LiveDesk.ContactDuplicate'
        $ev.TargetObject.email | Should -Be $rows.email
        $ev[0].Exception.Message | Should -Match 'IfExists'
        (Get-Stored).Count | Should -Be 30
        ((Get-LiveDeskSandboxStat -Sandbox $sb).searches) | Should -Be 0 -Because 'with -IfExists Error nothing needs looking up'
    }

    It 'with -IfExists Update updates the changed rows, creates the new third, and the sandbox holds the new values' {
        $changed = @(Import-Csv $csv)
        foreach ($i in 0..9) { $changed[$i].name = "Changed $i" }
        foreach ($i in 5..9) { $changed[$i].phone_number = '+4916' + (900000000 + $i) }
        $new = @(New-TestContactRow -Count 15 -Prefix 'fresh' -Start 500)
        $file = Write-TestCsv -Path "$TestDrive/changed.csv" -Row (@($changed[0..9]) + $new)
        $out = @(Import-Csv $file | New-LiveDeskContact -IfExists Update -ErrorVariable ev)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 25
        @($out[0..9].Outcome | Sort-Object -Unique) | Should -Be 'Updated'
        @($out[10..24].Outcome | Sort-Object -Unique) | Should -Be 'Created'
        $out[0..9].Id | Should -Be $first[0..9].Id
        $out[0..9].Name | Should -Be ($changed[0..9].name)
        $stored = @{}; foreach ($c in Get-Stored) { $stored[$c.email] = $c }
        $stored.Count | Should -Be 45
        foreach ($i in 0..9) { $stored[$changed[$i].email].name | Should -BeExactly "Changed $i" }
        foreach ($i in 5..9) { $stored[$changed[$i].email].phone_number | Should -BeExactly $changed[$i].phone_number }
        foreach ($i in 10..29) { $stored[$rows[$i].email].name | Should -BeExactly $rows[$i].name -Because 'rows not in the file are untouched' }
        (Get-LiveDeskSandboxStat -Sandbox $sb).updates | Should -Be 10
    }

    It 'with -IfExists Skip emits Existing for old rows and Created for a new third, in input order' {
        $new = @(New-TestContactRow -Count 15 -Prefix 'third' -Start 700)
        $mixed = [System.Collections.Generic.List[object]]::new()
        for ($i = 0; $i -lt 30; $i++) { $mixed.Add($rows[$i]); if ($i % 2 -eq 0) { $mixed.Add($new[$i / 2]) } }
        $file = Write-TestCsv -Path "$TestDrive/mixed.csv" -Row $mixed
        $out = @(Import-Csv $file | New-LiveDeskContact -IfExists Skip -ErrorVariable ev)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 45
        $out.Email | Should -Be $mixed.email
        foreach ($o in $out) {
            $expected = if ($o.Email -like 'third*') { 'Created' } else { 'Existing' }
            "$($o.Email)=$($o.Outcome)" | Should -Be "$($o.Email)=$expected"
        }
        (Get-Stored).Count | Should -Be 45
        (Get-LiveDeskSandboxStat -Sandbox $sb).creates | Should -Be 45
    }

    It 'creates rows without e-mail, phone or identifier again (-IfExists does not apply to them)' {
        $nameOnly = @(New-TestContactRow -Count 8 -Prefix 'anon' -NameOnly)
        $file = Write-TestCsv -Path "$TestDrive/anon.csv" -Row $nameOnly
        $one = @(Import-Csv $file | New-LiveDeskContact -IfExists Skip)
        $two = @(Import-Csv $file | New-LiveDeskContact -IfExists Skip -ErrorVariable ev)
        @($ev).Count | Should -Be 0
        $one.Outcome | Sort-Object -Unique | Should -Be 'Created'
        $two.Outcome | Sort-Object -Unique | Should -Be 'Created'
        @(Compare-Object $one.Id $two.Id -IncludeEqual -ExcludeDifferent).Count | Should -Be 0 -Because 'the second run made new contacts'
        @(Get-Stored | Where-Object name -Like 'anon *').Count | Should -Be 16
    }
}

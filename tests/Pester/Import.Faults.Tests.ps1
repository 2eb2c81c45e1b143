#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Imports under the sandbox's injected faults (fixed seeds): 500 before the commit, 500 after it,
# dropped connections. Through the staged module (out/LiveDesk).

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
    # Fast retries (the default interval is 1 s) and enough of them that five faults in a row on one row,
    # which the seed makes possible, do not end the row.
    Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck -RetryIntervalSec 0 -MaximumRetryCount 10
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Import under faults' {
    Context '2,000 rows with unique e-mails and identifiers, seed <Seed>' -ForEach @(
        @{ Seed = 42 }
    ) {
        BeforeAll {
            Reset-TestSandbox -Sandbox $sb
            $rows = @(New-TestContactRow -Count 2000 -Prefix 'fault' -NoPhone)
            $csv = Write-TestCsv -Path "$TestDrive/faults.csv" -Row $rows
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FailRate 0.05 -FailAfterCommitRate 0.05 -DropRate 0.02 -Seed $Seed
            Reset-LiveDeskSandbox -Sandbox $sb
            $out = @(Import-Csv $csv | New-LiveDeskContact -ErrorVariable ev -ErrorAction SilentlyContinue)
            $stats = Get-LiveDeskSandboxStat -Sandbox $sb
            $stored = @(Get-LiveDeskSandboxContact -Sandbox $sb)
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FailRate 0 -FailAfterCommitRate 0 -DropRate 0
        }

        It 'really injected every kind of fault' {
            $stats.faults.fail | Should -BeGreaterThan 0
            $stats.faults.fail_after_commit | Should -BeGreaterThan 0
            ($stats.faults.drop_before_commit + $stats.faults.drop_after_commit) | Should -BeGreaterThan 0
        }

        It 'writes no error' {
            @($ev | ForEach-Object { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }) | Should -BeNullOrEmpty
        }

        It 'leaves exactly 2,000 contacts in the sandbox, one per e-mail' {
            $stored.Count | Should -Be 2000
            ($stored.email | Sort-Object -Unique).Count | Should -Be 2000
            ($stored.identifier | Sort-Object -Unique).Count | Should -Be 2000
        }

        It 'emits 2,000 contacts in input order whose ids are the sandbox''s' {
            $out.Count | Should -Be 2000
            $out.Email | Should -Be $rows.email
            $byEmail = @{}; foreach ($c in $stored) { $byEmail[$c.email] = $c.id }
            $wrong = @($out | Where-Object { $byEmail[$_.Email] -ne $_.Id } | ForEach-Object { "$($_.Email): emitted $($_.Id), stored $($byEmail[$_.Email])" })
            $wrong | Should -BeNullOrEmpty
            ($out.Id | Sort-Object -Unique).Count | Should -Be 2000
        }
    }

    Context 'rows with only a name, fail-after-commit 0.1, seed <Seed>' -ForEach @(
        @{ Seed = 7 }
    ) {
        BeforeAll {
            Reset-TestSandbox -Sandbox $sb
            $rows = @(New-TestContactRow -Count 300 -Prefix 'nameonly' -NameOnly)
            $csv = Write-TestCsv -Path "$TestDrive/names.csv" -Row $rows
            $rows = @(Import-Csv $csv)
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FailAfterCommitRate 0.1 -Seed $Seed
            Reset-LiveDeskSandbox -Sandbox $sb
            $out = @($rows | New-LiveDeskContact -ErrorVariable ev -ErrorAction SilentlyContinue)
            $stats = Get-LiveDeskSandboxStat -Sandbox $sb
            $stored = @(Get-LiveDeskSandboxContact -Sandbox $sb)
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FailAfterCommitRate 0
        }

        It 'really injected faults' {
            $stats.faults.fail_after_commit | Should -BeGreaterThan 0
        }

        It 'stores no duplicate (a row without a unique field is never sent twice)' {
            ($stored.name | Sort-Object -Unique).Count | Should -Be $stored.Count
            $stats.creates | Should -Be $stored.Count
        }

        It 'accounts for every row: an output object or a LiveDesk.OutcomeUnknown error, not both' {
            ($out.Count + @($ev).Count) | Should -Be 300
            @($ev | Get-ErrorIdPrefix | Sort-Object -Unique) | Should -Be 'LiveDesk.OutcomeUnknown'
            $errorNames = @($ev.TargetObject.name)
            @($errorNames | Where-Object { $_ -in $out.Name }) | Should -BeNullOrEmpty
            (@($out.Name) + $errorNames | Sort-Object) | Should -Be ($rows.name | Sort-Object)
        }

        It 'names the row as the TargetObject of each error' {
            foreach ($e in $ev) {
                $e.TargetObject | Should -BeIn $rows
                [object]::ReferenceEquals($e.TargetObject, ($rows | Where-Object name -EQ $e.TargetObject.name)) | Should -BeTrue
            }
            @($ev).Count | Should -Be $stats.faults.fail_after_commit
            $ev[0].Exception.Message | Should -Match 'may or may not have been created'
        }

        It 'stores the emitted contacts plus the outcome-unknown rows that were in fact stored' {
            $storedNames = [System.Collections.Generic.HashSet[string]]::new([string[]]@($stored.name))
            $unknownButStored = @($ev | Where-Object { $storedNames.Contains($_.TargetObject.name) })
            $stored.Count | Should -Be ($out.Count + $unknownButStored.Count)
            $unknownButStored.Count | Should -Be @($ev).Count -Because 'a fail-after-commit always stores the contact'
            $byName = @{}; foreach ($c in $stored) { $byName[$c.name] = $c.id }
            @($out | Where-Object { $byName[$_.Name] -ne $_.Id }) | Should -BeNullOrEmpty
        }
    }
}

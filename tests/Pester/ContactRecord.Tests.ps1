#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# The contact record beyond the six create fields (company, city, country, labels) through the staged module,
# against the sandbox in both of its create variants: creates that keep additional attributes and creates that drop them.

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox

    function Write-CompanyCsv {
        Write-TestCsvText -Path (Join-Path $TestDrive 'crm.csv') -Line @(
            'Name,Email,Company,City,Country'
            'Ana Silva,ana@example.com,Contoso,Lisboa,Portugal'
            'Ben Okafor,ben@example.com,Fabrikam,Lagos,Nigeria'
            'Chen Wei,chen@example.com,Northwind,Berlin,Deutschland'
        )
    }
    function Get-Stored { @(Get-LiveDeskSandboxContact -Sandbox $sb | Sort-Object id) }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Company, city and country on import' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        # A new connection each time: what a connection learned about creates must not leak between the variants.
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'stores all three with <Requests> request(s) per row when creates <Variant> them' -ForEach @(
        @{ Variant = 'keep'; Keep = $true; Requests = 1 }
        @{ Variant = 'drop'; Keep = $false; Requests = 2 }
    ) {
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -CreateKeepsAdditionalAttributes $Keep
        $out = @(Import-Csv (Write-CompanyCsv) | New-LiveDeskContact -InboxId 407 -ErrorAction Stop)

        $out.Count | Should -Be 3
        $out.Company | Should -Be @('Contoso', 'Fabrikam', 'Northwind')
        $out.CountryCode | Should -Be @('PT', 'NG', 'DE')
        $stored = Get-Stored
        $stored.additional_attributes.company_name | Should -Be @('Contoso', 'Fabrikam', 'Northwind')
        $stored.additional_attributes.city | Should -Be @('Lisboa', 'Lagos', 'Berlin')
        $stored.additional_attributes.country | Should -Be @('Portugal', 'Nigeria', 'Deutschland')
        $stored.additional_attributes.country_code | Should -Be @('PT', 'NG', 'DE')
        $stats = Get-LiveDeskSandboxStat -Sandbox $sb
        $stats.creates | Should -Be 3
        $stats.requests | Should -Be (3 * $Requests)
    }

    It 'a re-run of the same file with -IfExists Update sends no create and no PATCH' {
        $null = Import-Csv (Write-CompanyCsv) | New-LiveDeskContact -InboxId 407 -ErrorAction Stop
        $before = Get-LiveDeskSandboxStat -Sandbox $sb

        $again = @(Import-Csv (Write-CompanyCsv) | New-LiveDeskContact -InboxId 407 -IfExists Update -ErrorAction Stop)

        $again.Outcome | Should -Be @('Unchanged', 'Unchanged', 'Unchanged')
        $after = Get-LiveDeskSandboxStat -Sandbox $sb
        $after.creates | Should -Be $before.creates
        $after.updates | Should -Be $before.updates
    }

    It 'a moved contact gets exactly its new city, by one PATCH' {
        $null = Import-Csv (Write-CompanyCsv) | New-LiveDeskContact -InboxId 407 -ErrorAction Stop
        $before = Get-LiveDeskSandboxStat -Sandbox $sb
        $moved = Write-TestCsvText -Path (Join-Path $TestDrive 'moved.csv') -Line @(
            'Name,Email,Company,City,Country'
            'Ana Silva,ana@example.com,Contoso,Porto,Portugal'
        )
        $out = Import-Csv $moved | New-LiveDeskContact -InboxId 407 -IfExists Update -ErrorAction Stop
        $out.Outcome | Should -Be 'Updated'
        $out.City | Should -Be 'Porto'
        ((Get-LiveDeskSandboxStat -Sandbox $sb).updates - $before.updates) | Should -Be 1
        (Get-Stored)[0].additional_attributes.company_name | Should -Be 'Contoso'
    }
}

Describe 'Get-LiveDeskContact -Label and sorting by company' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
        $null = Set-LiveDeskSandboxConfig -Sandbox $sb -CreateKeepsAdditionalAttributes $true
        $null = Import-Csv (Write-CompanyCsv) | New-LiveDeskContact -InboxId 407 -ErrorAction Stop
        $null = New-LiveDeskContact -InboxId 407 -Name 'Dana Without' -Email 'dana@example.com' -ErrorAction Stop
        $null = Set-LiveDeskSandboxContactLabel -Sandbox $sb -Id 1 -Label vip
        $null = Set-LiveDeskSandboxContactLabel -Sandbox $sb -Id 3 -Label vip, gold
        $null = Set-LiveDeskSandboxContactLabel -Sandbox $sb -Id 4 -Label gold
    }

    It 'returns exactly the contacts with the label' {
        (Get-LiveDeskContact -Label vip).Email | Should -Be @('ana@example.com', 'chen@example.com')
        (Get-LiveDeskContact -Label vip, gold).Id | Sort-Object | Should -Be @(1, 3, 4)
        @(Get-LiveDeskContact -Label silver).Count | Should -Be 0
        @(Get-LiveDeskContact).Count | Should -Be 4
    }

    It 'refuses -Label with -Search, which the API does not filter' {
        { Get-LiveDeskContact -Label vip -Search ana -ErrorAction Stop } | Should -Throw -ErrorId 'LiveDesk.InvalidInput*'
    }

    It 'sorts by company, city and country with contacts without one last' {
        # Dana has none of the three: she comes last whichever way the list is sorted.
        (Get-LiveDeskContact -Sort Company).Email | Should -Be @('ana@example.com', 'ben@example.com', 'chen@example.com', 'dana@example.com')
        (Get-LiveDeskContact -Sort City -Descending).Email | Should -Be @('ana@example.com', 'ben@example.com', 'chen@example.com', 'dana@example.com')
        (Get-LiveDeskContact -Sort country).Email | Should -Be @('chen@example.com', 'ben@example.com', 'ana@example.com', 'dana@example.com')
        (Get-LiveDeskContact -Sort company -Descending).Email | Should -Be @('chen@example.com', 'ben@example.com', 'ana@example.com', 'dana@example.com')
    }

    It 'shows company, city, country and code in the list view' {
        $text = Get-LiveDeskContact -Label gold -Sort name | Select-Object -First 1 | Format-List | Out-String
        $text | Should -Match 'Company\s*:\s*Northwind'
        $text | Should -Match 'CountryCode\s*:\s*DE'
    }
}

Describe 'Set-LiveDeskContact: the record fields and blocked' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
        $alice = New-LiveDeskContact -InboxId 407 -Name 'Alice' -Email 'alice@example.com' -ErrorAction Stop
        $null = Set-LiveDeskContact -Id $alice.Id -Description 'keeps this' -ErrorAction Stop
    }

    It 'changes exactly company, city, country (with its code) and blocked' {
        $out = Set-LiveDeskContact -Id $alice.Id -Company 'Contoso' -City 'Wien' -Country 'Österreich' -Blocked -ErrorAction Stop
        $out.Company | Should -Be 'Contoso'
        $out.CountryCode | Should -Be 'AT'
        $out.Blocked | Should -BeTrue
        $stored = @(Get-LiveDeskSandboxContact -Sandbox $sb)[0]
        $stored.additional_attributes.company_name | Should -Be 'Contoso'
        $stored.additional_attributes.city | Should -Be 'Wien'
        $stored.additional_attributes.country | Should -Be 'Österreich'
        $stored.additional_attributes.country_code | Should -Be 'AT'
        $stored.additional_attributes.description | Should -Be 'keeps this'
        $stored.blocked | Should -BeTrue
        $stored.name | Should -Be 'Alice'
        $stored.email | Should -Be 'alice@example.com'
    }

    It '-Blocked:$false unblocks and an empty -City clears only the city' {
        $null = Set-LiveDeskContact -Id $alice.Id -City 'Wien' -Company 'Contoso' -Blocked -ErrorAction Stop
        $null = Set-LiveDeskContact -Id $alice.Id -City '' -Blocked:$false -ErrorAction Stop
        $stored = @(Get-LiveDeskSandboxContact -Sandbox $sb)[0]
        $stored.blocked | Should -BeFalse
        $stored.additional_attributes.city | Should -BeNullOrEmpty
        $stored.additional_attributes.company_name | Should -Be 'Contoso'
    }

    It 'a bad -CountryCode fails the row with LiveDesk.InvalidInput and sends nothing' {
        $before = (Get-LiveDeskSandboxStat -Sandbox $sb).requests
        $out = Set-LiveDeskContact -Id $alice.Id -CountryCode 'Austria' -ErrorAction SilentlyContinue -ErrorVariable err
        $out | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.InvalidInput*'
        (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be $before
    }
}

Describe 'A -WhatIf preview that tells the truth' {
    BeforeAll {
        function Invoke-Preview([scriptblock] $Script) {
            # "What if:" lines go to the host; a transcript is how a user would keep them, and how the test reads them.
            $log = Join-Path $TestDrive ("preview-" + [guid]::NewGuid().ToString('N') + '.txt')
            $null = Start-Transcript -LiteralPath $log
            try { $out = & $Script } finally { $null = Stop-Transcript }
            [pscustomobject]@{ Output = @($out); Lines = @(Get-Content -LiteralPath $log | Where-Object { $_ -like 'What if:*' }) }
        }
    }

    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
        $null = @(
            [pscustomobject]@{ Name = 'Ana Silva'; Email = 'ana@example.com'; Identifier = 'A-1' }
            [pscustomobject]@{ Name = 'Ben Okafor'; Email = 'ben@example.com'; Identifier = 'B-2' }
        ) | New-LiveDeskContact -InboxId 407 -ErrorAction Stop
        $rows = @(
            [pscustomobject]@{ Name = 'Ana Silva'; Email = 'ana@example.com'; Identifier = 'A-1' }       # unchanged
            [pscustomobject]@{ Name = 'Benjamin Okafor'; Email = 'ben@example.com'; Identifier = 'B-2' } # renamed
            [pscustomobject]@{ Name = 'Cleo New'; Email = 'cleo@example.com' }                            # new
            [pscustomobject]@{ Name = 'Mixed'; Email = 'ana@example.com'; Identifier = 'B-2' }            # two contacts
        )
        $before = Get-LiveDeskSandboxStat -Sandbox $sb
    }

    It 'names each row''s real outcome under -IfExists Update, counts them, and writes nothing' {
        $p = Invoke-Preview { $rows | New-LiveDeskContact -InboxId 407 -IfExists Update -WhatIf }

        $p.Output | Should -BeNullOrEmpty
        $p.Lines.Count | Should -Be 5
        $p.Lines[0] | Should -Match 'contact 1 .*unchanged'
        $p.Lines[1] | Should -Match "Update contact 2: name 'Ben Okafor' -> 'Benjamin Okafor'$"
        $p.Lines[2] | Should -Match "Create contact 'Cleo New' <cleo@example.com>"
        $p.Lines[3] | Should -Match 'would fail with LiveDesk\.AmbiguousMatch'
        $p.Lines[4] | Should -Match '1 created, 0 existing, 1 updated, 1 unchanged, 1 failed'
        $after = Get-LiveDeskSandboxStat -Sandbox $sb
        $after.creates | Should -Be $before.creates
        $after.updates | Should -Be $before.updates
        @(Get-LiveDeskSandboxContact -Sandbox $sb).Count | Should -Be 2
    }

    It 'says Existing under -IfExists Skip' {
        $p = Invoke-Preview { $rows[0..1] | New-LiveDeskContact -InboxId 407 -IfExists Skip -WhatIf }
        $p.Lines[0] | Should -Match 'existing contact 1 .*-IfExists Skip'
        $p.Lines[1] | Should -Match 'existing contact 2 '
        $p.Lines[-1] | Should -Match '0 created, 2 existing'
    }

    It 'Set-LiveDeskContact -WhatIf on a piped contact names old -> new, or that nothing would change' {
        $contacts = @(Get-LiveDeskContact -Sort name)
        $p = Invoke-Preview { $contacts | Set-LiveDeskContact -Name 'Ana Silva' -City 'Porto' -WhatIf }
        $p.Lines[0] | Should -Match "Update contact 1 'Ana Silva': city \(none\) -> 'Porto'$"
        $p.Lines[1] | Should -Match "Update contact 2 'Ben Okafor': name 'Ben Okafor' -> 'Ana Silva', city \(none\) -> 'Porto'$"
        $p = Invoke-Preview { $contacts[0] | Set-LiveDeskContact -Name 'Ana Silva' -WhatIf }
        $p.Lines[0] | Should -Match 'already has these values'
        (Get-LiveDeskSandboxStat -Sandbox $sb).updates | Should -Be $before.updates
    }
}

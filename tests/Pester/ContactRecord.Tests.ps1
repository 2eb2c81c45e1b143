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
        (Get-LiveDeskContact -Sort Company).Company | Should -Be @('Contoso', 'Fabrikam', 'Northwind')
        (Get-LiveDeskContact -Sort company).Email[-1] | Should -Be 'dana@example.com'
        (Get-LiveDeskContact -Sort City -Descending).City | Should -Be @('Lisboa', 'Lagos', 'Berlin')
        (Get-LiveDeskContact -Sort country).Country | Should -Be @('Deutschland', 'Nigeria', 'Portugal')
    }

    It 'shows company, city, country and code in the list view' {
        $text = Get-LiveDeskContact -Label gold -Sort name | Select-Object -First 1 | Format-List | Out-String
        $text | Should -Match 'Company\s*:\s*Northwind'
        $text | Should -Match 'CountryCode\s*:\s*DE'
    }
}

#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Get-LiveDeskContact against the real sandbox process, through the staged module (out/LiveDesk).
# One set of 110 contacts plus look-alike decoys is created once; the tests only read.

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
    Reset-TestSandbox -Sandbox $sb
    Connect-TestSandbox -Sandbox $sb

    $letters = 'Q', 'B', 'X', 'D', 'M', 'A', 'K', 'Z', 'C', 'T', 'H'
    $rows = @(for ($i = 1; $i -le 110; $i++) {
            $n = $i.ToString('000')
            [pscustomobject]@{
                name         = '{0}{1} {2}' -f $letters[$i % $letters.Count], ($letters[($i * 7) % $letters.Count]).ToLowerInvariant(), $n
                email        = "person$n@example.com"
                phone_number = "+49151000000$n"
                identifier   = "EMP-$n"
            }
        })
    # every 10th contact carries a word to search for
    foreach ($r in $rows | Where-Object { [int]$_.identifier.Substring(4) % 10 -eq 0 }) { $r.name = $r.name + ' Lindqvist' }
    # decoys: contain the values looked up below as substrings
    $decoys = @(
        [pscustomobject]@{ name = 'Decoy One'; email = 'xperson007@example.com'; phone_number = '+491510000000070'; identifier = 'EMP-0070' }
        [pscustomobject]@{ name = 'Decoy Two'; email = 'person007@example.com.au'; phone_number = '+491510000000071'; identifier = 'XEMP-007' }
    )
    $created = @($rows + $decoys | New-LiveDeskContact -InboxId 407 -ErrorAction Stop)
    $stored = @(Get-LiveDeskSandboxContact -Sandbox $sb)
    $all = @(Get-LiveDeskContact)
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Get-LiveDeskContact' {
    Context 'list' {
        It 'returns every one of the <Count> contacts exactly once (15 per page)' -TestCases @(@{ Count = 112 }) {
            $stored.Count | Should -Be $Count
            $all.Count | Should -Be $Count
            ($all.Id | Sort-Object -Unique).Count | Should -Be $Count
            ($all.Id | Sort-Object) | Should -Be ($stored.id | Sort-Object)
            $all | ForEach-Object { $_ | Should -BeOfType LiveDesk.Models.LiveDeskContact }
        }

        It 'reads the pages it needs and no more' {
            $before = (Get-LiveDeskSandboxStat -Sandbox $sb).lists
            $null = Get-LiveDeskContact
            ((Get-LiveDeskSandboxStat -Sandbox $sb).lists - $before) | Should -Be 8 -Because '112 contacts are 8 pages of 15'
        }

        It 'returns the contacts'' fields' {
            $c = $all | Where-Object Email -EQ 'person042@example.com'
            $c.PhoneNumber | Should -BeExactly '+49151000000042'
            $c.Identifier | Should -BeExactly 'EMP-042'
            $c.Id | Should -Be ($stored | Where-Object email -EQ 'person042@example.com').id
            $c.ContactInboxes[0].InboxId | Should -Be 407
        }

        It 'pages with -First <First> -Skip <Skip>' -ForEach @(
            @{ First = 5; Skip = 0 }
            @{ First = 20; Skip = 10 }
            @{ First = 15; Skip = 15 }
            @{ First = 3; Skip = 109 }
            @{ First = 50; Skip = 100 }
            @{ First = 0; Skip = 0 }
        ) {
            $page = @(Get-LiveDeskContact -First $First -Skip $Skip)
            $expected = @($all | Select-Object -Skip $Skip -First $First)
            $page.Count | Should -Be $expected.Count
            if ($expected.Count) { $page.Id | Should -Be $expected.Id }
        }

        It 'skips with -Skip alone' {
            $rest = @(Get-LiveDeskContact -Skip 100)
            $rest.Id | Should -Be ($all | Select-Object -Skip 100).Id
        }

        It 'searches with -Search <Query>' -ForEach @(
            @{ Query = 'Lindqvist' }
            @{ Query = 'lindQVIST' }
            @{ Query = 'EMP-00' }
            @{ Query = 'person10' }
        ) {
            $found = @(Get-LiveDeskContact -Search $Query)
            $expected = @($stored | Where-Object { "$($_.name)|$($_.email)|$($_.phone_number)|$($_.identifier)" -like "*$Query*" })
            $expected.Count | Should -BeGreaterThan 0
            ($found.Id | Sort-Object) | Should -Be ($expected.id | Sort-Object)
            (Get-LiveDeskSandboxStat -Sandbox $sb).searches | Should -BeGreaterThan 0
        }

        It 'returns nothing, and no error, for a search without matches' {
            $found = @(Get-LiveDeskContact -Search 'no-such-text-anywhere' -ErrorVariable ev)
            $found.Count | Should -Be 0
            @($ev).Count | Should -Be 0
        }

        It 'sorts by <Sort> (descending: <Descending>)' -ForEach @(
            @{ Sort = 'name'; Descending = $true; Property = 'Name' }
            @{ Sort = 'name'; Descending = $false; Property = 'Name' }
            @{ Sort = 'email'; Descending = $true; Property = 'Email' }
            @{ Sort = 'phone_number'; Descending = $false; Property = 'PhoneNumber' }
        ) {
            $sorted = @(Get-LiveDeskContact -Sort $Sort -Descending:$Descending)
            $sorted.Count | Should -Be $all.Count
            $values = [string[]]@($sorted.$Property)
            $expected = [string[]]@($all.$Property)
            [Array]::Sort($expected, [StringComparer]::OrdinalIgnoreCase)
            if ($Descending) { [Array]::Reverse($expected) }
            # ties (same name) may come in either order: compare the sequences of values
            $values | Should -Be $expected
            $values | Should -Not -Be ([string[]]@($all.$Property)) -Because 'the order must differ from the id order'
        }
    }

    Context 'larger pages where the server gives them (max_page_size <MaxPageSize>)' -ForEach @(
        @{ MaxPageSize = 100; Lists = 2 }
        @{ MaxPageSize = 50; Lists = 3 }
        @{ MaxPageSize = 0; Lists = 8 }
    ) {
        BeforeAll {
            # A new connection asks once for larger pages; the sandbox's knob decides what it gets.
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -MaxPageSize $MaxPageSize
            Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
        }
        AfterAll {
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -MaxPageSize 0
            Connect-TestSandbox -Sandbox $sb
        }

        It 'returns every contact once, in order, in <Lists> list requests' {
            $before = (Get-LiveDeskSandboxStat -Sandbox $sb).lists
            $listed = @(Get-LiveDeskContact)
            ((Get-LiveDeskSandboxStat -Sandbox $sb).lists - $before) | Should -Be $Lists
            $listed.Id | Should -Be $all.Id
        }

        It 'pages with -First <First> -Skip <Skip> in contacts, whatever the page size' -ForEach @(
            @{ First = 5; Skip = 0 }
            @{ First = 20; Skip = 45 }
            @{ First = 60; Skip = 49 }
            @{ First = 3; Skip = 109 }
            @{ First = 50; Skip = 100 }
        ) {
            $page = @(Get-LiveDeskContact -First $First -Skip $Skip)
            $page.Id | Should -Be @($all | Select-Object -Skip $Skip -First $First).Id
        }

        It 'finds a contact from the index (-MatchBy Index) whole, read from its page' {
            $rows = @([pscustomobject]@{ Email = 'PERSON099@example.com' }, [pscustomobject]@{ Email = 'person100@example.com' })
            $before = Get-LiveDeskSandboxStat -Sandbox $sb
            $found = @($rows | Get-LiveDeskContact -MatchBy Index)
            $after = Get-LiveDeskSandboxStat -Sandbox $sb
            $found.Email | Should -Be 'person099@example.com', 'person100@example.com'
            $found[0].ContactInboxes[0].InboxId | Should -Be 407 -Because 'a lookup returns the whole contact'
            ($after.searches - $before.searches) | Should -Be 0
            # the index's pages, then the one page both contacts are on (twice only where they straddle two pages of 15)
            ($after.lists - $before.lists) | Should -BeLessOrEqual ($Lists + 2)
        }
    }

    Context 'exact lookup' {
        It 'finds the contact with -Email <Email> (ignoring case), not the look-alikes' -ForEach @(
            @{ Email = 'person007@example.com' }
            @{ Email = 'PERSON007@Example.COM' }
            @{ Email = '  person007@example.com ' }
        ) {
            $found = @(Get-LiveDeskContact -Email $Email)
            $found.Count | Should -Be 1
            $found[0].Email | Should -BeExactly 'person007@example.com'
            $found[0].Id | Should -Be ($stored | Where-Object email -EQ 'person007@example.com').id
        }

        It 'finds the contact with -PhoneNumber <Phone>' -ForEach @(
            @{ Phone = '+49151000000007' }
            @{ Phone = '+49 151 000 000 007' }
        ) {
            $found = @(Get-LiveDeskContact -PhoneNumber $Phone)
            $found.Count | Should -Be 1
            $found[0].PhoneNumber | Should -BeExactly '+49151000000007'
        }

        It 'finds the contact with -Identifier <Identifier>' -ForEach @(
            @{ Identifier = 'EMP-007'; Email = 'person007@example.com' }
            @{ Identifier = 'EMP-0070'; Email = 'xperson007@example.com' }
        ) {
            $found = @(Get-LiveDeskContact -Identifier $Identifier)
            $found.Count | Should -Be 1
            $found[0].Identifier | Should -BeExactly $Identifier
            $found[0].Email | Should -BeExactly $Email
        }

        It 'matches identifiers exactly, case included' {
            $found = @(Get-LiveDeskContact -Identifier 'emp-007' -ErrorVariable ev -ErrorAction SilentlyContinue)
            $found.Count | Should -Be 0
            $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.ContactNotFound'
        }

        It 'writes a non-terminating LiveDesk.ContactNotFound for a missing <Param>' -ForEach @(
            @{ Param = 'Email'; Value = 'nobody@example.com' }
            @{ Param = 'PhoneNumber'; Value = '+4915199999999' }
            @{ Param = 'Identifier'; Value = 'EMP-999' }
        ) {
            $splat = @{ $Param = $Value }
            $reached = $false
            $found = @(Get-LiveDeskContact @splat -ErrorVariable ev -ErrorAction SilentlyContinue; $reached = $true)
            $reached | Should -BeTrue
            $found.Count | Should -Be 0
            @($ev).Count | Should -Be 1
            $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.ContactNotFound'
            $ev[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $ev[0].Exception.Message | Should -Match ([regex]::Escape($Value))
        }

        It 'checks a CSV file: Import-Csv | Get-LiveDeskContact' {
            $csv = Write-TestCsvText -Path "$TestDrive/check.csv" -Line @(
                'DisplayName,EmailAddress,Mobile'
                'P1,person001@example.com,'
                'Missing A,missing.a@example.com,'
                'P50,PERSON050@EXAMPLE.COM,'
                'P9 by phone,,+49151000000009'
                'Missing B,,+4915100000999'
            )
            $rows = @(Import-Csv $csv)
            $found = @($rows | Get-LiveDeskContact -ErrorVariable ev -ErrorAction SilentlyContinue)
            $found.Email | Should -Be 'person001@example.com', 'person050@example.com', 'person009@example.com'
            @($ev).Count | Should -Be 2
            @($ev | Get-ErrorIdPrefix) | Should -Be 'LiveDesk.ContactNotFound', 'LiveDesk.ContactNotFound'
            [object]::ReferenceEquals($ev[0].TargetObject, $rows[1]) | Should -BeTrue
            [object]::ReferenceEquals($ev[1].TargetObject, $rows[4]) | Should -BeTrue
            $ev[1].TargetObject.DisplayName | Should -BeExactly 'Missing B'
        }

        It 'refuses a row whose e-mail and identifier belong to two contacts, naming both (-MatchBy <MatchBy>)' -ForEach @(@{ MatchBy = 'Index' }, @{ MatchBy = 'Search' }) {
            $row = [pscustomobject]@{ Email = 'person001@example.com'; Identifier = 'EMP-002' }
            $found = @($row | Get-LiveDeskContact -MatchBy $MatchBy -ErrorVariable ev -ErrorAction SilentlyContinue)
            $found.Count | Should -Be 0
            $ev[0] | Get-ErrorIdPrefix | Should -BeExactly 'LiveDesk.AmbiguousMatch'
            $ids = @(Get-LiveDeskSandboxContact -Sandbox $sb | Where-Object { $_.email -eq 'person001@example.com' -or $_.identifier -eq 'EMP-002' }).id
            $ids.Count | Should -Be 2
            foreach ($id in $ids) { $ev[0].Exception.Message | Should -Match "contact $id[,:]" }
        }
    }
}

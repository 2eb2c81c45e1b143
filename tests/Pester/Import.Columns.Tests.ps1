#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Columns read by their words and by their values, text guards, E.164 as written, and failed rows sent back to the
# spreadsheet with their reason: the staged module, the way a user runs it, against the sandbox.

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox -Inbox 407
    Connect-TestSandbox -Sandbox $sb
    function Get-Stored { @(Get-LiveDeskSandboxContact -Sandbox $sb) }
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Columns the table does not list' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'reads a French Outlook export by its words: mobile first, nothing from the assistant, no guard kept' {
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'outlook-fr.csv') -Line @(
            'Prénom,Nom,Société,Téléphone de l''assistant(e),Téléphone (bureau),Tél. mobile,Adresse de messagerie,Nom complet de l''adresse de messagerie,Numéro client'
            'Chloé,Martin,ACME SARL,+33 1 42 68 53 01,+33 1 42 68 53 00,+33 6 12 34 56 78,chloe.martin@example.fr,Chloé Martin (chloe.martin@example.fr),''7210448301122'
            'Luc,Bernard,ACME SARL,+33 1 42 68 53 02,+33 1 42 68 53 03,,luc.bernard@example.fr,Luc Bernard,''7210448301123'
        )
        $out = @(Import-Csv -LiteralPath $path -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 2
        # Rows are created concurrently, so ids need not follow the file: each contact is found by its e-mail.
        $chloe = Get-Stored | Where-Object email -EQ 'chloe.martin@example.fr'
        $luc = Get-Stored | Where-Object email -EQ 'luc.bernard@example.fr'
        $chloe.name | Should -BeExactly 'Chloé Martin'
        $chloe.phone_number | Should -BeExactly '+33612345678'
        $chloe.identifier | Should -BeExactly '7210448301122'
        $luc.phone_number | Should -BeExactly '+33142685303'
        $luc.identifier | Should -BeExactly '7210448301123'
    }

    It 'takes a login as the identifier, names under a user-name header as the name, and nothing from the shipping party' {
        # A forum's user list: logins, no id of the person's own; the shop's ship-to phone is the recipient's.
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'logins.csv') -Line @(
            'Username,Display,E-mail,Shipping Phone,Ship City,POCity'
            'jkoenig,Jan König,jan.koenig@example.com,+49 171 1111111,Hamburg,Berlin'
        )
        $out = @(Import-Csv -LiteralPath $path -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 1
        $stored = (Get-Stored)[0]
        $stored.identifier | Should -BeExactly 'jkoenig'
        $stored.phone_number | Should -BeNullOrEmpty

        # Zoom's attendee report: "User Name (Original Name)" holds display names (values with spaces), not logins.
        $zoom = Write-TestCsvText -Path (Join-Path $TestDrive 'zoom.csv') -Line @(
            'User Name (Original Name),User Email,Join Time'
            'Ann Lee,ann.lee@example.com,2025-03-01 10:00'
            'Bo Chen,bo.chen@example.com,2025-03-01 10:01'
        )
        @(Import-Csv -LiteralPath $zoom -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ErrorAction Stop -WarningAction SilentlyContinue).Count | Should -Be 2
        $ann = Get-Stored | Where-Object email -EQ 'ann.lee@example.com'
        $ann.name | Should -BeExactly 'Ann Lee'
        $ann.identifier | Should -BeNullOrEmpty
    }

    It 'finds an e-mail column by its values, says so once, and keeps input order past the lookahead' {
        $lines = @('Wer,Xq7,Notiz') + @(1..60 | ForEach-Object { 'Person {0},p{0}@example.com,note {0}' -f $_ })
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'unnamed.csv') -Line $lines
        $out = @(Import-Csv -LiteralPath $path -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ThrottleLimit 4 -WarningVariable wv -WarningAction SilentlyContinue -Verbose 4>&1 -ErrorAction Stop)
        $verbose = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $contacts = @($out | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $contacts.Count | Should -Be 60
        $contacts.Email | Should -Be @(1..60 | ForEach-Object { "p$_@example.com" })
        @($wv | Where-Object { "$_" -like "*'Xq7'*" }).Count | Should -Be 1
        ($verbose -join "`n") | Should -Match "Email from 'Xq7' \(60 of its first 50|Email from 'Xq7' \(50 of its first 50"
    }

    It 'sends the documented example number as written, with a warning' {
        $c = New-LiveDeskContact -InboxId 407 -Name 'Doc Example' -PhoneNumber '+123456789' -WarningVariable wv -WarningAction SilentlyContinue
        $c.PhoneNumber | Should -BeExactly '+123456789'
        (Get-Stored)[0].phone_number | Should -BeExactly '+123456789'
        "$wv" | Should -Match 'libphonenumber'
    }
}

Describe 'Failed rows back to the spreadsheet' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'exports the failed rows with every column, ErrorId and Reason, and a corrected file re-imports as it is' {
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'contacts.csv') -Line @(
            'Name,Email,Phone,Team'
            'Ann Lee,ann@example.com,+49 171 2345678,Blue'
            'Bob Roe,bob@example,+49 171 2345679,Red'
            'Cy Poe,cy@example.com,0049 151,Green'
        )
        $failedCsv = Join-Path $TestDrive 'failed.csv'
        # The documented one-liner (docs/about_LiveDesk_Columns.md).
        $null = Import-Csv -LiteralPath $path -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ErrorVariable failed -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $failed | ForEach-Object {
            $_.TargetObject | Select-Object -Property * -ExcludeProperty ErrorId, Reason |
                Add-Member -NotePropertyMembers ([ordered]@{ ErrorId = ($_.FullyQualifiedErrorId -split ',')[0]; Reason = "$_" }) -PassThru
        } | Export-Csv -LiteralPath $failedCsv -NoTypeInformation -Encoding utf8

        $back = @(Import-Csv -LiteralPath $failedCsv -Encoding utf8)
        $back.Count | Should -Be 2
        @($back[0].PSObject.Properties.Name) | Should -Be @('Name', 'Email', 'Phone', 'Team', 'ErrorId', 'Reason')
        $back[0].Name | Should -BeExactly 'Bob Roe'
        $back[0].ErrorId | Should -BeExactly 'LiveDesk.InvalidEmail'
        $back[0].Reason | Should -Match 'bob@example'
        $back[1].ErrorId | Should -BeExactly 'LiveDesk.InvalidPhoneNumber'

        # Fixed in "Excel": the two extra columns are ignored, not reported, and the rows go in.
        $back[0].Email = 'bob@example.com'
        $back[1].Phone = '+49 151 23456789'
        $again = @($back | New-LiveDeskContact -InboxId 407 -ErrorVariable ev2 -ErrorAction SilentlyContinue -WarningVariable wv2 -WarningAction SilentlyContinue -Verbose 4>&1)
        @($ev2).Count | Should -Be 0
        @($wv2).Count | Should -Be 0
        (@($again | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -join "`n") | Should -Not -Match "not used: .*(ErrorId|Reason)"
        (Get-Stored).Count | Should -Be 3
    }

    It 'reads a file whose header repeats a name, which Import-Csv refuses, with the documented lines' {
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'phonebook.csv') -Line @(
            'Name,Code postal,Email,Code postal,Phone'
            'Ann Lee,75001,ann@example.fr,69001,+33 6 12 34 56 78'
            'Bo Chan,13001,bo@example.fr,,+33 6 98 76 54 32'
        )
        { Import-Csv -LiteralPath $path } | Should -Throw '*already present*'
        # The documented lines (docs/about_LiveDesk_Columns.md, "A header that repeats a name").
        $delimiter = ','
        $seen = @{}
        $header = (Get-Content $path -TotalCount 1 | ConvertFrom-Csv -Delimiter $delimiter -Header (1..999)).PSObject.Properties.Value |
            Where-Object { $null -ne $_ } | ForEach-Object { if ($seen[$_]++) { "$_ ($($seen[$_]))" } else { $_ } }
        $out = @(Get-Content $path | Select-Object -Skip 1 | ConvertFrom-Csv -Delimiter $delimiter -Header $header |
            New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $header | Should -Be @('Name', 'Code postal', 'Email', 'Code postal (2)', 'Phone')
        $out.Count | Should -Be 2
        $out[0].Email | Should -BeExactly 'ann@example.fr'
        $out[1].PhoneNumber | Should -BeExactly '+33698765432'
    }

    It 'says why a row failed when the exporting tool escaped its delimiter with a backslash' {
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'guests.csv') -Line @(
            'ID;firstName;lastName;comment;countryCode;email;mobile;fax'
            '10046;Agus;Santoso;;ID;agus@example.com;+62 812 3456 7890;'
            '10047;Maria;Gruber;Allergie: Nüsse\; bitte beachten;AT;;+43 664 1234567;'
        )
        $out = @(Import-Csv -LiteralPath $path -Delimiter ';' -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 1
        @($ev).Count | Should -Be 1
        $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.InvalidEmail*'
        $ev[0].Exception.Message | Should -BeLike "*'comment'*ends with a backslash*moved one column on*"
        $ev[0].TargetObject.lastName | Should -BeExactly 'Gruber'
    }

    It 'reads a file whose header line begins with #, which Import-Csv skips as a comment, with the documented lines' {
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'clients.csv') -Line @(
            '##refId##;Name;Code;Email'
            'REF1;Jonas Petrauskas;K00102;jonas@example.lt'
            'REF2;Rūta Kazlauskienė;K00103;ruta@example.lt'
        )
        # What Import-Csv makes of it: the first contact's line becomes the column names. The module refuses the file,
        # naming the fix, rather than import all but the first contact.
        @(Import-Csv -LiteralPath $path -Delimiter ';').Count | Should -Be 1
        { Import-Csv -LiteralPath $path -Delimiter ';' | New-LiveDeskContact -InboxId 407 -ErrorAction Stop } | Should -Throw "*header line*'#'*"
        (Get-Stored).Count | Should -Be 0
        # The documented lines (docs/about_LiveDesk_Columns.md, "A header line that begins with #").
        $lines = Get-Content $path; $lines[0] = $lines[0] -replace '^("?)#+', '$1'
        $out = @($lines | ConvertFrom-Csv -Delimiter ';' | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 2
        $out[0].Name | Should -BeExactly 'Jonas Petrauskas'
        $out[1].Email | Should -BeExactly 'ruta@example.lt'
    }

    It 'reads a file whose row-number column is headed "#" in quotes, which Import-Csv skips too, with the documented lines' {
        # A Swedish course-booking site's export: the quotes do not keep Import-Csv from reading the line as a comment.
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'bokningar.csv') -Line @(
            '"#","Förnamn","Efternamn","E-post","Telefon","Kurs"'
            '"214","Elin","Åkesson","elin.akesson@example.se","070-123 45 67","Spanska A1"'
            '"215","Björn","Lindqvist","bjorn.lindqvist@example.com","","Franska"'
        )
        @(Import-Csv -LiteralPath $path).Count | Should -Be 1
        { Import-Csv -LiteralPath $path | New-LiveDeskContact -InboxId 407 -ErrorAction Stop } | Should -Throw "*header line*'#'*"
        $lines = Get-Content $path; $lines[0] = $lines[0] -replace '^("?)#+', '$1'
        $out = @($lines | ConvertFrom-Csv -WarningAction SilentlyContinue | New-LiveDeskContact -InboxId 407 -DefaultRegion SE -ErrorVariable ev -ErrorAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 2
        $out[0].Name | Should -BeExactly 'Elin Åkesson'
        $out[0].PhoneNumber | Should -BeExactly '+46701234567'
        $out[1].Email | Should -BeExactly 'bjorn.lindqvist@example.com'
    }
}

Describe 'Rows read by principle' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'imports a customer export: the contact person with the organisation as company, the code column, the first of several numbers, the cardholder' {
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'customers.csv') -Line @(
            'Name,Contact person,Country Code,Phone,Email,Card Name'
            'Acme GmbH,Jürgen Müller,+49,0171 2345678,juergen.mueller@example.com,'
            ',,+7,"8 (916) 123-45-67, +7 495 123-45-67",anna@example.ru,Anna Kuznetsova'
            ',,+7,"8 (916) 765-43-21; +7 495 765-43-21",oleg@example.ru,Oleg Petrov'
        )
        $out = @(Import-Csv -LiteralPath $path -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue -WarningVariable wv -WarningAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 3
        $juergen = Get-Stored | Where-Object email -EQ 'juergen.mueller@example.com'
        $anna = Get-Stored | Where-Object email -EQ 'anna@example.ru'
        $oleg = Get-Stored | Where-Object email -EQ 'oleg@example.ru'
        $juergen.name | Should -BeExactly 'Jürgen Müller'
        $juergen.additional_attributes.company_name | Should -BeExactly 'Acme GmbH'
        $juergen.phone_number | Should -BeExactly '+491712345678'
        $anna.name | Should -BeExactly 'Anna Kuznetsova'
        $anna.phone_number | Should -BeExactly '+79161234567'
        $oleg.phone_number | Should -BeExactly '+79167654321'
        @($wv | Where-Object { "$_" -like "*'Phone' holds several values*" }).Count | Should -Be 1
    }
}

Describe 'Header words in more languages' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
    }

    It 'reads contact numbers and name words in Vietnamese and Persian, keys by a reference, and never by another record''s id' {
        $vi = Write-TestCsvText -Path (Join-Path $TestDrive 'vi.csv') -Line @(
            'Tên,Họ,Tên Tổ chức,Email,Số Liên hệ,Ticket ID'
            'An,Nguyễn,Công ty ABC,an.nguyen@example.vn,+84 912 345 678,T-1001'
        )
        $fa = Write-TestCsvText -Path (Join-Path $TestDrive 'fa.csv') -Line @(
            ('ref,AffiliateId,نام,نام{0}خانوادگی,ایمیل{0}ها,شماره{0}های تماس' -f [char]0x200C)
            'CUS000000000012,7,Sara,Ahmadi,sara@example.ir,+98 912 345 6789'
        )
        foreach ($path in $vi, $fa) {
            Import-Csv -LiteralPath $path -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Out-Null
            @($ev).Count | Should -Be 0
        }
        $an = Get-Stored | Where-Object email -EQ 'an.nguyen@example.vn'
        # Vietnamese names are family name first, whatever the columns' order (as CJK names are).
        $an.name | Should -BeExactly 'Nguyễn An'
        $an.phone_number | Should -BeExactly '+84912345678'
        $an.additional_attributes.company_name | Should -BeExactly 'Công ty ABC'
        $an.identifier | Should -BeNullOrEmpty
        $sara = Get-Stored | Where-Object email -EQ 'sara@example.ir'
        $sara.name | Should -BeExactly 'Sara Ahmadi'
        $sara.phone_number | Should -BeExactly '+989123456789'
        $sara.identifier | Should -BeExactly 'CUS000000000012'
    }

    It 'finds the header below a format line (DATEV''s EXTF record), skips it with one warning, and reads Vorname beside Name' {
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'extf.csv') -Line @(
            '"EXTF";700;16;"Debitoren/Kreditoren";5;20261128143512345;"RE"'
            'Konto;Name (Adressattyp natürl. Person);Vorname (Adressattyp natürl. Person);Ort;Land;Telefon;E-Mail'
            '10001;"Schulz";"Petra";"Berlin";"DE";"030 61234567";"petra.schulz@example.de"'
            '10002;"Özdemir";"Aylin";"Köln";"DE";"0221 2345678";"aylin@example.de"'
        )
        $out = @(Import-Csv -LiteralPath $path -Delimiter ';' -Encoding utf8 |
                New-LiveDeskContact -InboxId 407 -DefaultRegion DE -ErrorVariable ev -ErrorAction SilentlyContinue -WarningVariable wv -WarningAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 2
        @(Get-Stored).Count | Should -Be 2
        @($wv | Where-Object { "$_" -match "'EXTF'" -and "$_" -match "'Konto'" }).Count | Should -Be 1
        $petra = Get-Stored | Where-Object email -EQ 'petra.schulz@example.de'
        $petra.name | Should -BeExactly 'Petra Schulz'
        $petra.phone_number | Should -BeExactly '+493061234567'
        $petra.additional_attributes.city | Should -BeExactly 'Berlin'
    }

    It 'reads past a prefix most columns share, stores no placeholder and no address as a name, and never the alternate contact' {
        # Mailtrain's MERGE_ fields, a phone typed as "-" and guarded as "'-", Koha's alternate contact, and an
        # address book's display name that falls back to the address.
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'mailtrain.csv') -Line @(
            'cid,status,EMAIL,MERGE_FIRST_NAME,MERGE_LAST_NAME,MERGE_TELEFOONNUMMER,MERGE_WOONPLAATS,altcontactsurname,altcontactphone'
            'ByxK2mQ9d,subscribed,sanne.devries@example.nl,Sanne,de Vries,06 12345678,Utrecht,de Vries,06 87654321'
            'rkW8pLq3Z,subscribed,j.bakker@example.nl,Jeroen,Bakker,''-,Rotterdam,Bakker,010 4123456'
            'S1e0nMa7x,subscribed,info@example.nl,info@example.nl,,,Delft,,'
        )
        $out = @(Import-Csv -LiteralPath $path -Encoding utf8 |
                New-LiveDeskContact -InboxId 407 -DefaultRegion NL -ErrorVariable ev -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 3
        $sanne = Get-Stored | Where-Object email -EQ 'sanne.devries@example.nl'
        $sanne.name | Should -BeExactly 'Sanne de Vries'
        $sanne.phone_number | Should -BeExactly '+31612345678'
        $sanne.identifier | Should -BeExactly 'ByxK2mQ9d'
        $sanne.additional_attributes.city | Should -BeExactly 'Utrecht'
        $jeroen = Get-Stored | Where-Object email -EQ 'j.bakker@example.nl'
        $jeroen.phone_number | Should -BeNullOrEmpty
        (Get-Stored | Where-Object email -EQ 'info@example.nl').name | Should -BeNullOrEmpty
    }

    It 'reads a form export''s path headers by their labels, skips a yes/no company flag and drops a spelled extension' {
        # Decidim's registrations (path headers, numbered questions; "user/name" is the user's name, not a login),
        # hitobito's "Firma" flag beside "Firmenname", a Catalan office number with its extension ("ext." in Catalan).
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'decidim.csv') -Line @(
            'id;code;user/name;user/email;registration_form_answers/1. Telèfon de contacte;registration_form_answers/2. Entitat o col·lectiu;Firma;Firmenname'
            '3817;K7D2QF9A;Montserrat Vila;montse.vila@example.cat;639 12 34 56;AVV Sant Andreu;no;'
            '3821;P3XW8LNE;Jordi Puig;jordi.puig@example.cat;93 345 67 89 extensió 12;;sí;Puig Fusters SL'
        )
        $out = @(Import-Csv -LiteralPath $path -Delimiter ';' -Encoding utf8 |
                New-LiveDeskContact -InboxId 407 -DefaultRegion ES -ErrorVariable ev -ErrorAction SilentlyContinue -WarningVariable wv -WarningAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 2
        $montse = Get-Stored | Where-Object email -EQ 'montse.vila@example.cat'
        $montse.name | Should -BeExactly 'Montserrat Vila'
        $montse.phone_number | Should -BeExactly '+34639123456'
        $montse.identifier | Should -BeExactly '3817'
        $montse.additional_attributes.company_name | Should -BeExactly 'AVV Sant Andreu'
        $jordi = Get-Stored | Where-Object email -EQ 'jordi.puig@example.cat'
        $jordi.phone_number | Should -BeExactly '+34933456789'
        $jordi.additional_attributes.company_name | Should -BeExactly 'Puig Fusters SL'
        ($wv -join "`n") | Should -Match 'extension \(12\)'
    }

    It 'takes a poll''s participants column as the name when its values are names' {
        # A poll's export: who voted, an address, then one column per date with yes/maybe/no answers (Korean labels).
        $path = Write-TestCsvText -Path (Join-Path $TestDrive 'poll.csv') -Line @(
            '참가자,이메일 주소,2026-12-14T18:00:00.000+09:00/2026-12-14T20:00:00.000+09:00'
            '김민준,minjun.kim@example.kr,yes'
            '이서연,seoyeon.lee@example.kr,maybe'
        )
        $out = @(Import-Csv -LiteralPath $path -Encoding utf8 | New-LiveDeskContact -InboxId 407 -ErrorVariable ev -ErrorAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 2
        (Get-Stored | Where-Object email -EQ 'minjun.kim@example.kr').name | Should -BeExactly '김민준'
        (Get-Stored | Where-Object email -EQ 'seoyeon.lee@example.kr').name | Should -BeExactly '이서연'
    }

    It 'leaves a column of desk extensions out with one warning, and reads a last-contact date as no name' {
        # A Slovak help desk's staff import (cherick76/Helpdesk CSV_IMPORT_GUIDE.md): desk extensions beside the mobile.
        $staff = Write-TestCsvText -Path (Join-Path $TestDrive 'pracovnici.csv') -Line @(
            'Pracovník;Telefón;Mobil'
            '"Ján Kováčik";"1234";"0911123456"'
            '"Mária Horváthová";"5678";"0905 234 567"'
            '"Ľubomír Šťastný";"2210";""'
        )
        $out = @(Import-Csv -LiteralPath $staff -Delimiter ';' -Encoding utf8 | New-LiveDeskContact -InboxId 407 -DefaultRegion SK -ErrorVariable ev -ErrorAction SilentlyContinue -WarningVariable wv -WarningAction SilentlyContinue)
        @($ev).Count | Should -Be 0
        $out.Count | Should -Be 3
        (Get-Stored | Where-Object name -EQ 'Ján Kováčik').phone_number | Should -BeExactly '+421911123456'
        (Get-Stored | Where-Object name -EQ 'Ľubomír Šťastný').phone_number | Should -BeNullOrEmpty
        @($wv | Where-Object { "$_" -match 'Telefón.*internal extensions' }).Count | Should -Be 1
        # A Brazilian shop's leads: the last contact is a timestamp, and 'Nome' the whole name.
        $leads = Write-TestCsvText -Path (Join-Path $TestDrive 'leads.csv') -Line @(
            'Nome,E-mail,Telefone,CPF,Último contato'
            'Mariana Souza,mariana.souza@example.com,11987654321,***.123.456-**,2026-05-10T14:32:00.000Z'
        )
        $null = Import-Csv -LiteralPath $leads -Encoding utf8 | New-LiveDeskContact -InboxId 407 -DefaultRegion BR -ErrorAction Stop -WarningAction SilentlyContinue
        (Get-Stored | Where-Object email -EQ 'mariana.souza@example.com').name | Should -BeExactly 'Mariana Souza'
    }
}

#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.7.1' }
# Send-LiveDeskMessage -Attachment against the real sandbox process, through the staged module (out/LiveDesk).

BeforeAll {
    Import-Module "$PSScriptRoot/../../out/LiveDesk/LiveDesk.psd1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.Sandbox.psm1" -Force
    Import-Module "$PSScriptRoot/LiveDesk.TestHelpers.psm1" -Force
    $sb = Start-LiveDeskSandbox
    Connect-TestSandbox -Sandbox $sb

    function New-Conversations([int] $Count) {
        1..$Count | ForEach-Object { [pscustomobject]@{ Name = "att $_"; Email = "att.$_@example.com" } } |
            New-LiveDeskContact -InboxId 407 | New-LiveDeskConversation
    }
    function Get-Messages { @(Get-LiveDeskSandboxMessage -Sandbox $sb) }
    function New-RandomFile([string] $Path, [int] $Bytes) {
        $data = [byte[]]::new($Bytes)
        [System.Random]::new($Bytes).NextBytes($data)
        [System.IO.File]::WriteAllBytes($Path, $data)
        (Get-FileHash -LiteralPath $Path -Algorithm SHA256).Hash.ToLowerInvariant()
    }
    $files = Join-Path $TestDrive 'files'
    $null = New-Item -ItemType Directory -Path $files
    $invoiceHash = New-RandomFile (Join-Path $files 'invoice.pdf') 300000
    $photoHash = New-RandomFile (Join-Path $files 'photo.png') 20000
    $null = New-RandomFile (Join-Path $files 'data.unknownext') 100
    $bracketHash = New-RandomFile (Join-Path $files 'report[1].txt') 50
    $null = New-RandomFile (Join-Path $files 'large.bin') 2MB
}

AfterAll {
    Disconnect-LiveDesk
    if ($sb) { Stop-LiveDeskSandbox -Sandbox $sb }
}

Describe 'Send-LiveDeskMessage -Attachment' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
        Push-Location $files
    }
    AfterEach { Pop-Location }

    Context 'sending' {
        It 'stores the file byte for byte under its own name, with the content type of its extension' {
            $conversation = New-Conversations 1
            $out = $conversation | Send-LiveDeskMessage -Content 'Your invoice' -Attachment invoice.pdf
            $out.Attachments.Count | Should -Be 1
            $out.Attachments[0] | Should -BeOfType ([LiveDesk.Models.LiveDeskAttachment])
            $out.Attachments[0].FileName | Should -BeExactly 'invoice.pdf'
            $out.Attachments[0].Size | Should -Be 300000
            $out.Attachments[0].FileType | Should -BeExactly 'file'
            $out.Attachments[0].Url | Should -Match '^https?://.+/invoice\.pdf$'
            $stored = Get-Messages
            $stored.Count | Should -Be 1
            $stored[0].content | Should -BeExactly 'Your invoice'
            $stored[0].attachments[0].file_name | Should -BeExactly 'invoice.pdf'
            $stored[0].attachments[0].content_type | Should -BeExactly 'application/pdf'
            $stored[0].attachments[0].sha256 | Should -BeExactly $invoiceHash
        }

        It 'sends several files, expands wildcards, and types them from their extension' {
            $conversation = New-Conversations 1
            $out = $conversation | Send-LiveDeskMessage -Attachment 'invoice.pdf', '*.png', 'data.unknownext'
            $out.Attachments.FileName | Should -Be 'invoice.pdf', 'photo.png', 'data.unknownext'
            $out.Attachments.FileType | Should -Be 'file', 'image', 'file'
            $stored = (Get-Messages)[0]
            $stored.attachments.content_type | Should -Be 'application/pdf', 'image/png', 'application/octet-stream'
            ($stored.attachments | Where-Object file_name -eq 'photo.png').sha256 | Should -BeExactly $photoHash
        }

        It 'sends a file without content; LiveDesk stores no text' {
            $conversation = New-Conversations 1
            $out = $conversation | Send-LiveDeskMessage -Attachment invoice.pdf
            $out.Content | Should -BeNullOrEmpty
            $stored = (Get-Messages)[0]
            $stored.content | Should -BeNullOrEmpty
            $stored.attachments.Count | Should -Be 1
        }

        It 'resolves paths against the PowerShell location, not the process directory' {
            [System.IO.Directory]::GetCurrentDirectory() | Should -Not -Be (Get-Location).ProviderPath -Because 'the test needs the two to differ'
            $conversation = New-Conversations 1
            $out = $conversation | Send-LiveDeskMessage -Content 'x' -Attachment ./invoice.pdf
            $out.Attachments.FileName | Should -Be 'invoice.pdf'
        }

        It 'takes a backtick-escaped wildcard character literally' {
            $conversation = New-Conversations 1
            $out = $conversation | Send-LiveDeskMessage -Content 'x' -Attachment 'report`[1`].txt'
            $out.Attachments.FileName | Should -BeExactly 'report[1].txt'
            (Get-Messages)[0].attachments[0].sha256 | Should -BeExactly $bracketHash
        }

        It 'runs an -Attachment script block per piped object' {
            $conversations = @(New-Conversations 2)
            $out = @($conversations | Send-LiveDeskMessage -Content 'x' -Attachment { if ($_.Id -eq $conversations[0].Id) { 'invoice.pdf' } else { 'photo.png' } })
            $out[0].Attachments.FileName | Should -Be 'invoice.pdf'
            $out[1].Attachments.FileName | Should -Be 'photo.png'
        }

        It 'sends a reply and a private note with a file' {
            $conversation = New-Conversations 1
            $first = $conversation | Send-LiveDeskMessage -Content 'first'
            $note = $conversation | Send-LiveDeskMessage -Content 'note' -Private -InReplyTo $first.Id -Attachment photo.png
            $note.Private | Should -BeTrue
            $note.InReplyTo | Should -Be $first.Id
            $stored = (Get-Messages)[1]
            $stored.private | Should -BeTrue
            $stored.content_attributes.in_reply_to | Should -Be $first.Id
        }
    }

    Context 'checks before sending' {
        It 'fails only the row whose file is missing, with LiveDesk.AttachmentNotFound, and sends nothing for it' {
            $conversations = @(New-Conversations 3)
            $out = @($conversations | Send-LiveDeskMessage -Content 'x' -Attachment { if ($_.Id -eq $conversations[1].Id) { 'invoice.pdf', 'missing.pdf' } else { 'invoice.pdf' } } -ErrorVariable ev -ErrorAction SilentlyContinue)
            $out.Count | Should -Be 2
            @($ev).Count | Should -Be 1
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.AttachmentNotFound,*'
            $ev[0].Exception.Message | Should -Match 'missing\.pdf'
            $ev[0].TargetObject | Should -Be $conversations[1]
            (Get-Messages).conversation_id | Should -Not -Contain $conversations[1].Id
        }

        It 'refuses a wildcard that matches nothing and a folder' -ForEach @(
            @{ Path = 'nothing*.pdf' }
            @{ Path = '.' }
        ) {
            $conversation = New-Conversations 1
            $before = (Get-LiveDeskSandboxStat -Sandbox $sb).requests
            $conversation | Send-LiveDeskMessage -Content 'x' -Attachment $Path -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.AttachmentNotFound,*'
            (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be $before
        }

        It 'fails a file over -MaximumAttachmentSize with LiveDesk.AttachmentTooLarge before sending' {
            $conversation = New-Conversations 1
            $before = (Get-LiveDeskSandboxStat -Sandbox $sb).requests
            $conversation | Send-LiveDeskMessage -Content 'x' -Attachment invoice.pdf, large.bin -MaximumAttachmentSize 1MB -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.AttachmentTooLarge,*'
            $ev[0].Exception.Message | Should -Match 'large\.bin'
            (Get-LiveDeskSandboxStat -Sandbox $sb).requests | Should -Be $before
        }

        It 'refuses a message with neither content nor files' {
            $conversation = New-Conversations 1
            $conversation | Send-LiveDeskMessage -Content ' ' -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.InvalidInput,*'
        }

        It 'sends nothing with -WhatIf and names the files' {
            $conversation = New-Conversations 1
            $what = $conversation | Send-LiveDeskMessage -Content 'x' -Attachment invoice.pdf -WhatIf 6>&1 | Out-String
            (Get-Messages).Count | Should -Be 0
        }
    }

    Context 'answers' {
        It 'fails with LiveDesk.InvalidResponse, naming the message, when the answer lacks the files sent' {
            $conversation = New-Conversations 1
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -StripAttachments $true
            $conversation | Send-LiveDeskMessage -Content 'x' -Attachment invoice.pdf -ErrorVariable ev -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.InvalidResponse,*'
            $stored = (Get-Messages)[0]
            $ev[0].Exception.Message | Should -Match "message $($stored.id) was added to conversation $($conversation.Id)"
            $ev[0].Exception.Message | Should -Match 'invoice\.pdf'
        }

        It 'passes on the server''s size limit as LiveDesk.RequestRejected' {
            $conversation = New-Conversations 1
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -AttachmentLimit 100000
            $conversation | Send-LiveDeskMessage -Content 'x' -Attachment invoice.pdf -ErrorVariable ev -ErrorAction SilentlyContinue
            $ev[0].FullyQualifiedErrorId | Should -BeLike 'LiveDesk.RequestRejected,*'
            $ev[0].Exception.Message | Should -Match 'File size is too big'
            (Get-Messages).Count | Should -Be 0
        }
    }

    Context 'faults' {
        It 'never uploads a message twice after lost answers (commit-then-500, dropped connections)' {
            $conversations = @(New-Conversations 30)
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -FaultEndpoint messages -FailAfterCommitRate 0.2 -DropRate 0.2 -Seed 11 -LatencyJitterMs 20
            $out = @($conversations | Send-LiveDeskMessage -Content 'x' -Attachment invoice.pdf -ErrorVariable ev -ErrorAction SilentlyContinue)
            @($ev).Count | Should -BeGreaterThan 0
            ($out.Count + @($ev).Count) | Should -Be 30
            foreach ($e in $ev) { $e.FullyQualifiedErrorId | Should -BeLike 'LiveDesk.OutcomeUnknown,*' }
            $stored = Get-Messages
            @($stored | Group-Object conversation_id | Where-Object Count -gt 1).Count | Should -Be 0 -Because 'no message is uploaded twice'
            (Get-LiveDeskSandboxStat -Sandbox $sb).message_creates | Should -Be $stored.Count
            $stored.attachments.sha256 | Sort-Object -Unique | Should -BeExactly $invoiceHash
        }

        It 'opens the file again for a request sent again after 429' {
            $conversations = @(New-Conversations 12)
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -RateLimit 4 -RateWindow 1
            $out = @($conversations | Send-LiveDeskMessage -Content 'x' -Attachment invoice.pdf -ErrorVariable ev -ErrorAction SilentlyContinue)
            @($ev).Count | Should -Be 0
            $out.Count | Should -Be 12
            (Get-LiveDeskSandboxStat -Sandbox $sb).rate_limited | Should -BeGreaterThan 0
            $stored = Get-Messages
            $stored.Count | Should -Be 12
            $stored.attachments.sha256 | Sort-Object -Unique | Should -BeExactly $invoiceHash -Because 'every retry sends the whole file'
        }
    }

    # Invoke-RestMethod -Form (hand-made multipart, as a client that sends it wrong would) is PowerShell 7 only.
    Context 'the sandbox''s multipart variant' -Skip:($PSVersionTable.PSEdition -eq 'Desktop') {
        BeforeAll {
            $auth = @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("$($sb.Credential.UserName):$($sb.Credential.GetNetworkCredential().Password)")) }
        }

        It 'answers a malformed upload with success and an empty message (Chatwoot''s answer)' {
            $conversation = New-Conversations 1
            $form = @{ attachment = Get-Item (Join-Path $files 'invoice.pdf') }
            $answer = Invoke-RestMethod -Method Post -Uri "$($sb.Uri.ToString().TrimEnd('/'))/api/v2/accounts/conversations/$($conversation.Id)/messages" -Headers $auth -Form $form
            $answer.id | Should -BeGreaterThan 0
            $answer.content | Should -BeNullOrEmpty
            $answer.PSObject.Properties.Name | Should -Not -Contain 'attachments'
        }

        It 'refuses it with 422 in its milder variant' {
            $conversation = New-Conversations 1
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -MalformedUpload reject
            $form = @{ attachment = Get-Item (Join-Path $files 'invoice.pdf') }
            $refusal = $null
            try { Invoke-RestMethod -Method Post -Uri "$($sb.Uri.ToString().TrimEnd('/'))/api/v2/accounts/conversations/$($conversation.Id)/messages" -Headers $auth -Form $form }
            catch { $refusal = $_ }
            $refusal.Exception.Response.StatusCode | Should -Be 422
            ($refusal.ErrorDetails.Message | ConvertFrom-Json).message | Should -BeExactly 'Content can''t be blank'
            (Get-Messages).Count | Should -Be 0
        }
    }

    Context 'memory' {
        It 'keeps 100 messages with a 5 MB file each within 20 MB of 100 plain messages' {
            $five = Join-Path $TestDrive 'five.bin'
            $null = New-RandomFile $five 5MB
            $ids = @(New-Conversations 100).Id
            $null = Set-LiveDeskSandboxConfig -Sandbox $sb -LatencyMs 20
            Import-Module "$PSScriptRoot/../../build/LiveDesk.BuildTools.psm1"
            $script = Join-Path $PSScriptRoot '../Bench/Measure-AttachmentMemory.ps1'
            $common = @('-ModulePath', (Get-LiveDeskTestPath).Module, '-BaseUri', "$($sb.Uri)", '-ApiKey', $sb.Credential.UserName,
                '-ApiSecret', $sb.Credential.GetNetworkCredential().Password, '-ConversationId', ($ids -join ','))
            $runs = foreach ($arguments in @($common, ($common + @('-AttachmentPath', $five)))) {
                $child = Invoke-ChildPwsh -ScriptPath $script -ArgumentList $arguments -TimeoutSec 300
                $child.ExitCode | Should -Be 0 -Because ($child.Output -join "`n")
                @($child.StandardOutput | Where-Object { "$_".StartsWith('{') })[-1] | ConvertFrom-Json
            }
            $plain, $withFiles = $runs
            Write-Host ("    peak working set: {0:N1} MB plain, {1:N1} MB with 100 x 5 MB" -f ($plain.PeakWorkingSet / 1MB), ($withFiles.PeakWorkingSet / 1MB))
            $plain.Sent | Should -Be 100
            $withFiles.Sent | Should -Be 100
            ($withFiles.PeakWorkingSet - $plain.PeakWorkingSet) / 1MB | Should -BeLessThan 20
        }
    }
}

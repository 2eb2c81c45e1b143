# Scores one blind set (a folder of this directory, or any folder with a set.json) (set.json in the shape of examples/corpus/corpus-expected.json) against the LiveDesk module.
param(
    [Parameter(Mandatory)] [string] $Set,
    [string] $Module = (Join-Path $PSScriptRoot '../../out/LiveDesk/LiveDesk.psd1'),
    [string] $Only,
    [switch] $Quiet
)
$ErrorActionPreference = 'Stop'
$repo = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
Import-Module $Module -Force
Import-Module "$repo/tests/Pester/LiveDesk.Sandbox.psm1" -Force
Import-Module "$repo/tests/Pester/LiveDesk.TestHelpers.psm1" -Force
$spec = Get-Content -LiteralPath (Join-Path $Set 'set.json') -Raw -Encoding UTF8 | ConvertFrom-Json
function Get-Enc([string] $n) {
    switch ($n) {
        { $_ -in 'windows-1252', 'windows-1250', 'windows-1251' } { return [Text.Encoding]::GetEncoding([int]$n.Substring(8)) }
        'shift_jis' { return [Text.Encoding]::GetEncoding(932) }
        'big5' { return [Text.Encoding]::GetEncoding(950) }
        'utf16le' { return 'Unicode' }
        default { return 'utf8' }
    }
}
function Show([object] $v) { if ($null -eq $v) { '<null>' } else { "'$v'" } }
$sb = Start-LiveDeskSandbox -Inbox 407
$total = 0; $right = 0
try {
    foreach ($f in $spec.files) {
        if ($Only -and $f.file -ne $Only) { continue }
        Reset-TestSandbox -Sandbox $sb
        Connect-TestSandbox -Sandbox $sb -SkipCredentialCheck
        $path = Join-Path $Set $f.file
        $enc = Get-Enc $f.encoding
        $delim = if ($f.delimiter) { [char]$f.delimiter } else { ',' }
        $skip = if ($f.PSObject.Properties['skipLines']) { [int]$f.skipLines } else { 0 }
        $dups = if ($f.PSObject.Properties['duplicateHeaders']) { @($f.duplicateHeaders) } else { @() }
        try {
            if ($skip -eq 0 -and $dups.Count -eq 0) {
                $read = @(Import-Csv -LiteralPath $path -Delimiter $delim -Encoding $enc)
            }
            else {
                $lines = @(Get-Content -LiteralPath $path -Encoding $enc | Select-Object -Skip $skip)
                $cells = $lines[0] | ConvertFrom-Csv -Delimiter $delim -Header (1..1000)
                $names = @($cells.PSObject.Properties | Where-Object { $null -ne $_.Value } | ForEach-Object { [string]$_.Value })
                $seen = @{}
                for ($i = 0; $i -lt $names.Count; $i++) {
                    $n = $names[$i]
                    if ($seen.ContainsKey($n)) { $seen[$n]++; $names[$i] = "$n ($($seen[$n]))" } else { $seen[$n] = 1 }
                }
                $read = @($lines | Select-Object -Skip 1 | ConvertFrom-Csv -Delimiter $delim -Header $names)
            }
        }
        catch { Write-Host "$($f.file): cannot read: $_"; continue }
        $rows = @($f.rows)
        if ($read.Count -ne $rows.Count) { Write-Host "$($f.file): SET ERROR: $($read.Count) rows read, $($rows.Count) expected"; continue }
        $ev = $null
        $out = @($read | New-LiveDeskContact -InboxId 407 -DefaultRegion $f.defaultRegion -ErrorVariable ev -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
        $errs = @{}
        foreach ($e in @($ev | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })) {
            if ($null -ne $e.TargetObject) { $errs[[Runtime.CompilerServices.RuntimeHelpers]::GetHashCode($e.TargetObject)] = $e }
        }
        $stored = @(Get-LiveDeskSandboxContact -Sandbox $sb)
        $k = 0; $fileRight = 0; $lines = @()
        for ($i = 0; $i -lt $rows.Count; $i++) {
            $want = $rows[$i]; $row = $read[$i]
            $err = $errs[[Runtime.CompilerServices.RuntimeHelpers]::GetHashCode($row)]
            $wantErr = if ($want.PSObject.Properties['error'] -and $want.error) { ([string]$want.error -replace '^LiveDesk\.', '') -replace '^InvalidContact$', 'InvalidInput' -replace '^DuplicateContact$', 'ContactDuplicate' } else { $null }
            if ($err) {
                $id = ($err.FullyQualifiedErrorId -split ',')[0] -replace '^LiveDesk\.', ''
                if ($wantErr -and $id -eq ($wantErr -replace '^LiveDesk\.', '')) { $fileRight++ }
                else { $lines += "  row $($i+1): expected $(if ($wantErr) { "error $wantErr" } else { "name=$(Show $want.name) email=$(Show $want.email) phone=$(Show $want.phoneNumber) id=$(Show $want.identifier)" }); got error $id : $($err.Exception.Message)" }
                continue
            }
            $o = if ($k -lt $out.Count) { $out[$k] } else { $null }; $k++
            $got = if ($o) { $stored | Where-Object id -EQ $o.Id | Select-Object -First 1 } else { $null }
            if ($wantErr) { $lines += "  row $($i+1): expected error $wantErr; got stored name=$(Show $got.name) email=$(Show $got.email) phone=$(Show $got.phone_number) id=$(Show $got.identifier)"; continue }
            $bad = @()
            if ("$($got.name)" -cne "$($want.name)") { $bad += "name $(Show $want.name) got $(Show $got.name)" }
            if ("$($got.email)" -cne "$($want.email)") { $bad += "email $(Show $want.email) got $(Show $got.email)" }
            if ("$($got.phone_number)" -cne "$($want.phoneNumber)") { $bad += "phone $(Show $want.phoneNumber) got $(Show $got.phone_number)" }
            if ("$($got.identifier)" -cne "$($want.identifier)") { $bad += "id $(Show $want.identifier) got $(Show $got.identifier)" }
            if ($bad.Count -eq 0) { $fileRight++ } else { $lines += "  row $($i+1): " + ($bad -join '; ') }
        }
        $total += $rows.Count; $right += $fileRight
        Write-Host "$($f.file): $fileRight/$($rows.Count)"
        if (-not $Quiet) { $lines | ForEach-Object { Write-Host $_ } }
    }
}
finally {
    try { Disconnect-LiveDesk } catch { }
    Stop-LiveDeskSandbox -Sandbox $sb
}
Write-Host "TOTAL $right/$total"

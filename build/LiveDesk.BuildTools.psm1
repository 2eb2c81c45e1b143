#Requires -Version 5.1
<#
    LiveDesk.BuildTools: the one way the build (build.ps1, build/), the Pester suite and the benchmark start a child
    PowerShell, and find a package in the NuGet packages folder.

    The Pester suite runs in Windows PowerShell 5.1 too (CI job windows-powershell), so this module must stay
    5.1-compatible; tests/Pester/WindowsPowerShell.Tests.ps1 checks it along with the test files.
#>
Set-StrictMode -Version 3.0

function Get-PwshCommand {
    <#
    .SYNOPSIS
    The command line prefix (executable, then leading arguments) that starts a child PowerShell of the running edition.
    .DESCRIPTION
    Under `dotnet pwsh` (PowerShell as a .NET tool) this process is dotnet itself, so the child is
    `dotnet <PSHOME>/pwsh.dll`; under pwsh it is pwsh; under Windows PowerShell powershell.exe.
    #>
    [CmdletBinding()]
    [OutputType([string[]])]
    param()
    if ($PSVersionTable.PSEdition -eq 'Desktop') { return @(Join-Path $PSHOME 'powershell.exe') }
    $exe = [System.Diagnostics.Process]::GetCurrentProcess().MainModule.FileName
    if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { return @($exe, (Join-Path $PSHOME 'pwsh.dll')) }
    @($exe)
}

function Join-ProcessArgument {
    <#
    .SYNOPSIS
    One command line from separate arguments, for ProcessStartInfo.Arguments where ProcessStartInfo.ArgumentList is
    missing (.NET Framework).
    .DESCRIPTION
    Quoted the way the MSVC runtime / CommandLineToArgvW (and .NET's own parser) split it again.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([AllowEmptyCollection()] [AllowEmptyString()] [string[]] $Argument = @())
    $quoted = foreach ($a in $Argument) {
        if (-not [string]::IsNullOrEmpty($a) -and $a -notmatch '[\s"]') { $a; continue }
        # backslashes are literal unless they precede a quote: double those before an escaped quote or the closing one
        '"' + (([string]$a -replace '(\\*)"', '$1$1\"') -replace '(\\+)$', '$1$1') + '"'
    }
    $quoted -join ' '
}

function Set-ProcessArgument {
    <# Puts the arguments on a ProcessStartInfo: ArgumentList where it exists (.NET Core 2.1+), a quoted Arguments string otherwise. #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] [System.Diagnostics.ProcessStartInfo] $StartInfo, [AllowEmptyCollection()] [AllowEmptyString()] [string[]] $Argument = @())
    if ($StartInfo.PSObject.Properties['ArgumentList']) { foreach ($a in $Argument) { $StartInfo.ArgumentList.Add($a) } }
    else { $StartInfo.Arguments = Join-ProcessArgument -Argument $Argument }
}

function Invoke-ChildPwsh {
    <#
    .SYNOPSIS
    Runs a script file or a command in a child `-NoProfile -NonInteractive` PowerShell of the running edition.
    .DESCRIPTION
    Returns [pscustomobject]@{ ExitCode; Output; StandardOutput; StandardError } (string[] of non-empty lines;
    Output is stdout then stderr). Stdin is closed, so a prompt in the child fails instead of hanging.
    -Command is passed as -EncodedCommand, so it needs no quoting. -Environment sets (value) or removes ($null)
    environment variables in the child only. -NoCapture leaves stdout and stderr on this console (for long runs whose
    progress the user should see); Output is then empty. -TimeoutSec 0 waits for ever; on a timeout the child is
    killed and this throws.
    #>
    [CmdletBinding(DefaultParameterSetName = 'File')]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory, ParameterSetName = 'File', Position = 0)] [Alias('File')] [string] $ScriptPath,
        [Parameter(Mandatory, ParameterSetName = 'Command')] [string] $Command,
        [Parameter(ParameterSetName = 'File')] [AllowEmptyCollection()] [AllowEmptyString()] [string[]] $ArgumentList = @(),
        [hashtable] $Environment = @{},
        [ValidateRange(0, 86400)] [int] $TimeoutSec = 60,
        [switch] $NoCapture
    )
    $cmd = @(Get-PwshCommand)
    $arguments = @($cmd | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive')
    if ($PSCmdlet.ParameterSetName -eq 'File') { $arguments += @('-File', $ScriptPath) + $ArgumentList }
    else { $arguments += @('-EncodedCommand', [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($Command))) }

    $psi = New-Object System.Diagnostics.ProcessStartInfo -ArgumentList $cmd[0]
    Set-ProcessArgument -StartInfo $psi -Argument ([string[]]$arguments)
    $psi.UseShellExecute = $false
    $psi.RedirectStandardOutput = -not $NoCapture
    $psi.RedirectStandardError = -not $NoCapture
    $psi.RedirectStandardInput = $true
    foreach ($k in $Environment.Keys) {
        if ($null -eq $Environment[$k]) { $null = $psi.EnvironmentVariables.Remove($k) } else { $psi.EnvironmentVariables[$k] = [string]$Environment[$k] }
    }
    $p = [System.Diagnostics.Process]::Start($psi)
    try {
        $p.StandardInput.Close()   # nothing to read: a prompt would fail, not hang
        $out = $null; $err = $null
        if (-not $NoCapture) {
            $out = $p.StandardOutput.ReadToEndAsync()
            $err = $p.StandardError.ReadToEndAsync()
        }
        $waitMs = if ($TimeoutSec -eq 0) { -1 } else { $TimeoutSec * 1000 }
        if (-not $p.WaitForExit($waitMs)) {
            # Kill(bool entireProcessTree) is .NET Core 3.0+
            if ($PSVersionTable.PSEdition -eq 'Core') { $p.Kill($true) } else { $p.Kill() }
            throw "The child PowerShell did not finish within $TimeoutSec s."
        }
        $p.WaitForExit()   # lets the redirected streams reach their end
        $stdout = @(); $stderr = @()
        if (-not $NoCapture) {
            $stdout = @($out.Result -split '\r?\n' | Where-Object { $_ -ne '' })
            $stderr = @($err.Result -split '\r?\n' | Where-Object { $_ -ne '' })
        }
        [pscustomobject]@{
            ExitCode       = $p.ExitCode
            Output         = [string[]]@($stdout + $stderr)
            StandardOutput = [string[]]$stdout
            StandardError  = [string[]]$stderr
        }
    }
    finally { $p.Dispose() }
}

function Get-NuGetPackagePath {
    <#
    .SYNOPSIS
    The folder of a package in the NuGet global packages folder (restored by tests/tools/Tools.csproj), or a file in it.
    .DESCRIPTION
    Honours NUGET_PACKAGES like NuGet does, else asks `dotnet nuget locals` (which knows NuGet.Config). Throws with
    the restore command when the package is missing.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [string] $Id,
        [Parameter(Mandatory)] [string] $Version,
        [string] $ChildPath = ''
    )
    $root = $env:NUGET_PACKAGES
    if (-not $root) {
        $line = & dotnet nuget locals global-packages --list
        if ($LASTEXITCODE -ne 0) { throw 'dotnet nuget locals global-packages --list failed.' }
        $root = (@($line)[0] -replace '^global-packages:\s*', '').Trim()
    }
    $path = Join-Path (Join-Path $root $Id.ToLowerInvariant()) $Version
    if ($ChildPath) { $path = Join-Path $path $ChildPath }
    if (-not (Test-Path -LiteralPath $path)) {
        throw "NuGet package $Id $Version is not restored ('$path' is missing): run 'dotnet restore tests/tools/Tools.csproj'."
    }
    $path
}

Export-ModuleMember -Function Get-PwshCommand, Join-ProcessArgument, Set-ProcessArgument, Invoke-ChildPwsh, Get-NuGetPackagePath

<#
    Runs in a child PowerShell (see Get-LiveDeskCommandMetadata): imports a module and writes the metadata of its
    commands as JSON. A separate process keeps the build's own session free of the freshly built assembly, which
    would otherwise stay loaded and locked.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $OutFile
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$module = @(Import-Module -Name $ModulePath -PassThru -Force -DisableNameChecking)[0]
$common = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)

function Get-PlainType([type] $Type) {
    $underlying = [Nullable]::GetUnderlyingType($Type)
    if ($underlying) { return $underlying }
    $Type
}

function Get-TypeName([type] $Type, [switch] $Full) {
    # Short names (String, Int32) for the syntax and the yaml block, full names for the MAML type element.
    $t = Get-PlainType $Type
    if ($t.IsArray) { return (Get-TypeName $t.GetElementType() -Full:$Full) + '[]' }
    if ($t.IsGenericType) {
        $arguments = ($t.GetGenericArguments() | ForEach-Object { Get-TypeName $_ -Full:$Full }) -join ', '
        $definition = if ($Full) { $t.GetGenericTypeDefinition().FullName } else { $t.Name }
        return ($definition -replace '`\d+$', '') + '[' + $arguments + ']'
    }
    if ($Full) { $t.FullName } else { $t.Name }
}

function Get-AcceptedValue($Parameter) {
    $set = @($Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] })
    if ($set.Count) { return @($set[0].ValidValues) }
    $t = Get-PlainType $Parameter.ParameterType
    if ($t.IsEnum) { return @([Enum]::GetNames($t)) }
    @()
}

function Get-DefaultText($Command, $Parameter, $Instance) {
    # The value a parameter has when it is not given, read from a fresh instance of the cmdlet: a switch is False,
    # an enum or bool its name, a number other than 0 itself; null, empty and 0 (an id not given) are None.
    $property = if ($null -ne $Instance) { $Command.ImplementingType.GetProperty($Parameter.Name) }
    $value = if ($null -ne $property) { $property.GetValue($Instance) }
    if ($Parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]) { return [string][bool]$(if ($null -ne $value) { $value.IsPresent }) }
    if ($null -eq $value -or ($value -is [string] -and $value -eq '')) { return 'None' }
    if ($value -is [enum] -or $value -is [bool]) { return $value.ToString() }
    if ($value -is [System.Collections.ICollection]) { if ($value.Count -eq 0) { return 'None' }; return (@($value) -join ', ') }
    if ($value.GetType().IsValueType -and $value.Equals([Activator]::CreateInstance($value.GetType()))) { return 'None' }
    [System.Convert]::ToString($value, [System.Globalization.CultureInfo]::InvariantCulture)
}

function Test-Attribute($Parameter, [type] $Type, [scriptblock] $Where = { $true }) {
    [bool]@($Parameter.Attributes | Where-Object { $_ -is $Type } | Where-Object $Where).Count
}

function New-ParameterEntry($Command, $Parameter, $Instance) {
    # A parameter mandatory in every set has no default worth showing.
    $optional = Test-Attribute $Parameter ([System.Management.Automation.ParameterAttribute]) { -not $_.Mandatory }
    [ordered]@{
        Name         = $Parameter.Name
        TypeName     = Get-TypeName $Parameter.ParameterType -Full
        Type         = Get-TypeName $Parameter.ParameterType
        IsSwitch     = ($Parameter.ParameterType -eq [System.Management.Automation.SwitchParameter])
        Aliases      = @($Parameter.Aliases)
        Values       = @(Get-AcceptedValue $Parameter)
        Globbing     = Test-Attribute $Parameter ([System.Management.Automation.SupportsWildcardsAttribute])
        DefaultValue = $(if ($optional) { Get-DefaultText $Command $Parameter $Instance } else { 'None' })
        Sets         = [ordered]@{}
    }
}

function Get-SetParameter($Set) {
    # The documented parameters of a set in syntax order (positional first); DontShow parameters (such as a hidden
    # InputObject) are not part of the documented surface.
    $shown = @($Set.Parameters | Where-Object { $common -notcontains $_.Name -and -not (Test-Attribute $_ ([System.Management.Automation.ParameterAttribute]) { $_.DontShow }) })
    @($shown | Where-Object { $_.Position -ge 0 } | Sort-Object Position) + @($shown | Where-Object { $_.Position -lt 0 })
}

function Get-HelpFileName($Command) {
    $helpFile = if ($Command.CommandType -eq 'Cmdlet') { $Command.HelpFile }
    if (-not $helpFile -and $Command.CommandType -eq 'Cmdlet' -and $Command.DLL) { $helpFile = [IO.Path]::GetFileName($Command.DLL) + '-Help.xml' }
    if (-not $helpFile) { $helpFile = $module.Name + '-Help.xml' }
    [IO.Path]::GetFileName($helpFile)
}

function Get-CommandEntry($Command) {
    $parameters = [ordered]@{}
    $instance = if ($Command.CommandType -eq 'Cmdlet') { [Activator]::CreateInstance($Command.ImplementingType) }
    $sets = foreach ($set in $Command.ParameterSets) {
        $members = foreach ($p in (Get-SetParameter $set)) {
            if (-not $parameters.Contains($p.Name)) { $parameters[$p.Name] = New-ParameterEntry $Command $p $instance }
            $parameters[$p.Name].Sets[$set.Name] = [ordered]@{
                Mandatory = $p.IsMandatory; Position = $p.Position
                ValueFromPipeline = $p.ValueFromPipeline; ValueFromPipelineByPropertyName = $p.ValueFromPipelineByPropertyName
            }
            $p.Name
        }
        [ordered]@{ Name = $set.Name; IsDefault = $set.IsDefault; Parameters = @($members) }
    }
    [ordered]@{
        Name                  = $Command.Name
        Verb                  = $Command.Verb
        Noun                  = $Command.Noun
        CommandType           = [string] $Command.CommandType
        HelpFile              = Get-HelpFileName $Command
        SupportsShouldProcess = $Command.Parameters.ContainsKey('WhatIf') -and $Command.Parameters.ContainsKey('Confirm')
        DefaultParameterSet   = $Command.DefaultParameterSet
        ParameterSets         = @($sets)
        Parameters            = @($parameters.Values)
    }
}

$commands = foreach ($command in (Get-Command -Module $module.Name -CommandType Cmdlet, Function | Sort-Object Name)) { Get-CommandEntry $command }
[IO.File]::WriteAllText($OutFile, (ConvertTo-Json -InputObject @($commands) -Depth 10), (New-Object System.Text.UTF8Encoding $false))

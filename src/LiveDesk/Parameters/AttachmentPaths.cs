using System;
using System.Collections.Generic;
using System.Management.Automation;
using LiveDesk.Conversations;
using LiveDesk.Errors;
using Microsoft.PowerShell.Commands;

namespace LiveDesk.Parameters
{
    /// <summary>
    /// Resolves -Attachment paths the way PowerShell resolves -Path: against the current location (not the process's
    /// working directory), wildcards expanded, a backtick-escaped wildcard character taken literally. Each file is
    /// then checked (exists, not over the size limit) before anything of the row is sent.
    /// </summary>
    internal static class AttachmentPaths
    {
        /// <summary>The files <paramref name="paths"/> name, or the error that fails the row.</summary>
        public static IReadOnlyList<AttachmentFile> Resolve(PSCmdlet cmdlet, IEnumerable<string> paths, long maximumSize, out LiveDeskError? error)
        {
            var files = new List<AttachmentFile>();
            error = null;
            foreach (var path in paths)
            {
                if (string.IsNullOrWhiteSpace(path))
                {
                    error = Failures.Invalid(ErrorIds.AttachmentNotFound, "An -Attachment path is empty. Nothing was sent.");
                    return files;
                }
                try
                {
                    var resolved = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(path, out var provider);
                    if (provider.ImplementingType != typeof(FileSystemProvider))
                    {
                        error = Failures.Invalid(ErrorIds.AttachmentNotFound, $"The attachment '{path}' is not a file system path (it is in the {provider.Name} provider). Nothing was sent.");
                        return files;
                    }
                    if (resolved.Count == 0) throw new ItemNotFoundException(path);
                    foreach (var file in resolved) files.Add(AttachmentFile.Inspect(file, maximumSize));
                }
                catch (LiveDeskException ex)
                {
                    error = ex.Error;
                    return files;
                }
                catch (Exception ex) when (ex is ItemNotFoundException || ex is DriveNotFoundException || ex is ProviderNotFoundException
                    || ex is PSArgumentException || ex is NotSupportedException || ex is ArgumentException)
                {
                    var hint = WildcardPattern.ContainsWildcardCharacters(path) ? " (it is read as a wildcard pattern: escape [ and ] with a backtick to name a file that contains them)" : string.Empty;
                    error = Failures.Invalid(ErrorIds.AttachmentNotFound, $"The attachment '{path}' was not found{hint}. Nothing was sent.");
                    return files;
                }
            }
            return files;
        }
    }
}

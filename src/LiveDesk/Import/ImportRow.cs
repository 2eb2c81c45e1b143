using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Errors;

namespace LiveDesk.Import
{
    /// <summary>
    /// One input object as an import cmdlet read it: either an error found before any request (the row keeps its
    /// place in the output), or the request to send once ShouldProcess agrees. Rows sharing one of <see cref="Keys"/>
    /// are sent one after the other, in input order.
    /// </summary>
    internal sealed class ImportRow<T>
    {
        private ImportRow(object target) => Target = target;

        /// <summary>The input row: the TargetObject of its error.</summary>
        public object Target { get; }

        /// <summary>The error found before sending, or null.</summary>
        public LiveDeskError? Error { get; private set; }

        /// <summary>The ShouldProcess caption (-Confirm) and operation name (-WhatIf), e.g. "Create LiveDesk contact".</summary>
        public string Action { get; private set; } = string.Empty;

        /// <summary>What the request acts on, e.g. "conversation 12"; or, with <see cref="IsPreview"/>, the whole change as it would be sent.</summary>
        public string WhatIf { get; private set; } = string.Empty;

        /// <summary>True when <see cref="WhatIf"/> previews every field sent, so -WhatIf shows it alone.</summary>
        public bool IsPreview { get; private set; }

        /// <summary>Keys of the things the request touches: rows sharing one are sent one after the other.</summary>
        public IReadOnlyCollection<string> Keys { get; private set; } = Array.Empty<string>();

        /// <summary>Sends the request, on a worker thread: it must capture what it needs, not read the cmdlet's parameters.</summary>
        public Func<CancellationToken, Task<T>>? Send { get; private set; }

        /// <summary>
        /// Under -WhatIf: finds, without writing anything, what <see cref="Send"/> would do (read-only lookups allowed).
        /// Null: -WhatIf shows the ShouldProcess text alone.
        /// </summary>
        public Func<CancellationToken, Task<T>>? Plan { get; private set; }

        /// <summary>This row with a plan for -WhatIf.</summary>
        public ImportRow<T> WithPlan(Func<CancellationToken, Task<T>> plan)
        {
            Plan = plan;
            return this;
        }

        /// <summary>A row that failed its checks: nothing is sent, its error is written in its place.</summary>
        public static ImportRow<T> Failed(object target, LiveDeskError error) => new ImportRow<T>(target) { Error = error };

        /// <summary>An input object that is no record (the file's header line, found among the rows): nothing is sent or written for it.</summary>
        public static ImportRow<T> Nothing(object target) => new ImportRow<T>(target);

        /// <summary>A request that ShouldProcess names as <paramref name="action"/> on <paramref name="on"/>.</summary>
        public static ImportRow<T> Request(object target, string action, string on, Func<CancellationToken, Task<T>> send, IReadOnlyCollection<string>? keys = null) =>
            new ImportRow<T>(target) { Action = action, WhatIf = on, Send = send, Keys = keys ?? Array.Empty<string>() };

        /// <summary>A request whose -WhatIf text is <paramref name="preview"/>, every field as it would be sent.</summary>
        public static ImportRow<T> Previewed(object target, string action, string preview, Func<CancellationToken, Task<T>> send, IReadOnlyCollection<string>? keys = null)
        {
            var row = Request(target, action, preview, send, keys);
            row.IsPreview = true;
            return row;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LiveDesk.Commands;
using LiveDesk.Conversations;
using LiveDesk.Errors;

namespace LiveDesk.Import
{
    /// <summary>
    /// The import loop of the conversation API's cmdlets (New-LiveDeskConversation, Send-LiveDeskMessage): one
    /// <see cref="ConversationService"/> on the resolved connection with the -MaximumRateLimitWaitSec budget, and an
    /// <see cref="ImportPipeline{T}"/> that reports that connection's pacing.
    /// </summary>
    internal sealed class ConversationImport<T>
    {
        private readonly ConversationService _service;
        private readonly ImportPipeline<T> _pipeline;

        private ConversationImport(ConversationService service, ImportPipeline<T> pipeline)
        {
            _service = service;
            _pipeline = pipeline;
        }

        /// <summary>Resolves the cmdlet's connection and starts the import; call it from BeginProcessing.</summary>
        public static ConversationImport<T> Start(LiveDeskConnectedCmdletBase cmdlet, ImportReport<T> report, int throttleLimit, int maximumRateLimitWaitSec)
        {
            var connection = cmdlet.ResolveConnection();
            var service = cmdlet.CreateConversationService(connection, maximumRateLimitWaitSec);
            // The pacing of the connection this import resolved, not whatever is current by then.
            report.Pacing = () => ImportPacing.Describe(connection.Governor, service.ThrottledCount);
            report.Throttled = () => service.ThrottledCount;
            return new ConversationImport<T>(service, new ImportPipeline<T>(cmdlet, report, throttleLimit));
        }

        /// <summary>
        /// Queues one row: its <paramref name="error"/> when it failed the checks, else its request once
        /// <paramref name="shouldProcess"/> agrees (rows sharing a key are sent one after the other); then writes
        /// the results that are ready.
        /// </summary>
        public void Submit(object target, LiveDeskError? error, Func<bool> shouldProcess, IReadOnlyCollection<string> keys,
            Func<ConversationService, CancellationToken, Task<T>> send)
        {
            if (error != null)
            {
                _pipeline.AddFailed(target, error);
            }
            else if (shouldProcess())
            {
                var service = _service;
                _pipeline.Add(target, keys, ct => send(service, ct));
            }
            _pipeline.Drain();
        }

        /// <summary>Waits for every row and writes the summary; call it from EndProcessing.</summary>
        public void Complete() => _pipeline.Complete();
    }
}

import { SMTPServer } from 'smtp-server';

/**
 * A real mail server that answers 550 for every recipient, as a server does for a mailbox that
 * does not exist: the permanent refusal a delivery must park instead of retrying.
 */
export async function startRefusingSmtp(): Promise<{ url: string; close(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo: (_address, _session, callback) =>
      callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 })),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`,
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}

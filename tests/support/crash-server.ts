import { configureDb } from '@aksu/core';
import { startLocalServer } from '@aksu/functions/local';

/**
 * The local server as its own process, on the table the test file uses, so a test can kill it with
 * SIGKILL mid-request and start another, as a crashed and restarted server. Prints its address.
 */
configureDb({ tableName: process.env.TABLE_NAME!, endpoint: process.env.DYNAMODB_ENDPOINT!, region: 'local' });
const { url } = await startLocalServer({ port: 0, hostname: '127.0.0.1', jwtSecret: process.env.JWT_SECRET! });
process.stdout.write(`${JSON.stringify({ url })}\n`);

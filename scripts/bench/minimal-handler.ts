/**
 * The smallest useful Lambda on the same stack, bundled beside ours as a yardstick: Hono's Lambda
 * adapter and one route reading an item with lib-dynamodb. Never deployed.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const app = new Hono();

app.get('/items/:id', async (c) => {
  const { Item } = await client.send(
    new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: c.req.param('id'), sk: 'item' } }),
  );
  return Item ? c.json(Item) : c.json({ code: 'not_found' }, 404);
});

export const handler = handle(app);

import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { StackContext } from 'sst/constructs';

/**
 * The one topic every alarm of the app notifies (the alarms are in Monitoring, the stream worker's
 * beside it in Workers; the README's runbook lists them). Whoever runs the stage subscribes to it:
 * give `ALARM_EMAIL` at deploy time (AWS mails a confirmation link first), or add a subscription in
 * the console or from a chat integration.
 *
 * The topic is not KMS-encrypted: an alarm message holds a metric's name and state, never personal
 * data, and CloudWatch cannot publish to a topic under the AWS-managed SNS key. Publishing is
 * refused without TLS instead.
 */
export function Alarms({ stack }: StackContext) {
  const topic = new Topic(stack, 'AlarmTopic', {
    displayName: 'Aksu talent platform alarms',
    enforceSSL: true,
  });

  const email = process.env.ALARM_EMAIL?.trim();
  if (email) topic.addSubscription(new EmailSubscription(email));

  stack.addOutputs({ AlarmTopicArn: topic.topicArn });

  return { topic };
}

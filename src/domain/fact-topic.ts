import type { Fact, Topic } from './schema/fact';

/** The topic a fact belongs to, for grouping and for the topic filter. */
export function factTopic(fact: Fact): Topic {
  switch (fact.category) {
    case 'activity':
    case 'task':
      return fact.topic;
    case 'recruitment':
    case 'education':
    case 'training':
    case 'exercises':
    case 'awards':
    case 'social-policy':
    case 'commemoration':
    case 'emulation':
      return fact.category;
  }
}

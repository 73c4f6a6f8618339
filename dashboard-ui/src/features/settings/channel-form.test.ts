import { describe, expect, it } from 'vitest';
import { EMPTY_CHANNEL_FORM, channelInput, describeChannelTarget, validateChannelForm } from './channel-form';

describe('alert channel form', () => {
  it('needs a name, and a web address for webhook and Slack', () => {
    expect(validateChannelForm(EMPTY_CHANNEL_FORM)).toEqual({ name: 'Give the channel a name.' });
    expect(validateChannelForm({ ...EMPTY_CHANNEL_FORM, name: 'Ops', type: 'slack', url: 'hooks.slack.com/x' })).toHaveProperty('url');
    expect(validateChannelForm({ ...EMPTY_CHANNEL_FORM, name: 'Ops', type: 'webhook', url: 'https://example.com/hook' })).toEqual({});
  });

  it('accepts an empty email recipient but not a malformed one', () => {
    expect(validateChannelForm({ ...EMPTY_CHANNEL_FORM, name: 'Me' })).toEqual({});
    expect(validateChannelForm({ ...EMPTY_CHANNEL_FORM, name: 'Me', to: 'not-an-address' })).toHaveProperty('to');
  });

  it('builds the config the hub expects for each type, leaving out fields of other types', () => {
    expect(channelInput({ name: ' Me ', type: 'email', to: '', url: 'https://left.over' })).toEqual({ name: 'Me', type: 'email', config: {}, enabled: true });
    expect(channelInput({ name: 'Me', type: 'email', to: ' me@example.com ', url: '' }).config).toEqual({ to: 'me@example.com' });
    expect(channelInput({ name: 'Ops', type: 'slack', to: 'x@y.z', url: ' https://hooks.slack.com/a ' }).config).toEqual({ url: 'https://hooks.slack.com/a' });
  });

  it('describes where a channel sends', () => {
    expect(describeChannelTarget({ type: 'email', config: {} })).toBe('The hub’s default alert address');
    expect(describeChannelTarget({ type: 'email', config: { to: 'me@example.com' } })).toBe('me@example.com');
    expect(describeChannelTarget({ type: 'webhook', config: { url: 'https://example.com/…' } })).toBe('https://example.com/…');
  });
});

// Figures a reader checks as one that the finder once split or misread: a share written "one in
// three", a fraction after "by a" before a determiner, whole hours spelled out or written as the
// start of a span of time, and a count with a plus glued after it.
import * as assert from 'node:assert/strict';
import { numbers, only } from './numberFinder';

describe('a share written "one in three"', () => {
  it('reads "one in three adults", "1 in 4", "nine out of 10" and "one in every four" as one fraction each, with what they count', () => {
    const share = only('About one in three adults in the region sleeps less than six hours.', 'one in three');
    assert.deepEqual([share.kind, share.value, share.qualifier, share.counted], ['fraction', 1 / 3, 'about', 'adults']);
    assert.equal(only('The survey found that 1 in 4 residents lived in poor areas.', '1 in 4').value, 0.25);
    assert.equal(only('Nine out of 10 doctors agree.', 'Nine out of 10').value, 0.9);
    assert.equal(only('The storm hit one in every four homes.', 'one in every four').value, 0.25);
  });

  it('leaves an amount before a year and a bigger first number alone', () => {
    assert.deepEqual(numbers('The campaign spent $325,000 in 1989 and scored 3 in 2019.').map(n => `${n.text} ${n.kind}`), ['$325,000 money', '1989 year', '3 cardinal', '2019 year']);
    assert.deepEqual(numbers('They won 30 in 12 games.').map(n => n.text), ['30', '12']);
    // A rate over a length of time is two figures.
    assert.deepEqual(numbers('He scored 2 in 5 minutes and answered 3 in 12 seconds.').filter(n => n.kind === 'fraction'), []);
  });
});

describe('a fraction after "by a"', () => {
  it('reads "by a third" as a fraction before "the", and not before a noun ("by a third party")', () => {
    assert.equal(only('Sales dropped by a third the last time the bridge closed.', 'a third').kind, 'fraction');
    assert.deepEqual(numbers('The plan was backed by a third party.').filter(n => n.kind === 'fraction'), []);
  });
});

describe('clock times', () => {
  it('reads a whole hour spelled out before "o\'clock" as a time, as the digits are', () => {
    const nine = only('Doors open at nine o\'clock sharp.', 'nine o\'clock');
    assert.deepEqual([nine.kind, nine.time], ['time', '09:00']);
    assert.equal(only('He tweeted at three o’clock in the morning.', 'three o’clock').time, '03:00');
  });

  it('reads a bare hour before a clock time as the start of the span, in its half of the day', () => {
    assert.deepEqual(numbers('The office is open from 2 to 4pm.').map(n => `${n.text} ${n.kind} ${n.time}`), ['2 time 14:00', '4pm time 16:00']);
    assert.deepEqual(numbers('It is shut between 9 and 11 a.m. on Fridays.').map(n => `${n.text} ${n.time}`), ['9 09:00', '11 a.m. 11:00']);
    assert.deepEqual(numbers('Lunch is served from 11 to 2pm.').map(n => `${n.text} ${n.time}`), ['11 11:00', '2pm 14:00']);
    assert.deepEqual(numbers('Lunch is served 11-2pm.').map(n => `${n.text} ${n.time}`), ['11 11:00', '2pm 14:00']);
    // An end with minutes too; not an end that does not place itself in the day.
    assert.deepEqual(numbers('Open from 9 to 5:30pm daily.').map(n => `${n.text} ${n.time}`), ['9 09:00', '5:30pm 17:30']);
    assert.equal(only('It rose from 10 to 12:45.', '10').kind, 'cardinal');
  });
});

describe('a count with a plus glued after it', () => {
  it('keeps the plus in the span of "10,000+" and reads it as "or more"; "5+3" is a sum', () => {
    const n = only('The app has 10,000+ users.', '10,000+');
    assert.deepEqual([n.value, n.qualifier, n.counted], [10000, 'or more', 'users']);
    assert.deepEqual(numbers('The answer to 5+3 is eight.').map(n => `${n.text} ${n.qualifier ?? '-'}`), ['5 -', '3 -', 'eight -']);
  });
});

describe('an age group written with "U"', () => {
  it('needs a plural or a team\'s word after it: "U-47 sank the Royal Oak" is a submarine', () => {
    assert.deepEqual(numbers('U-47 sank the Royal Oak.'), []);
    assert.deepEqual(numbers('He played for the U-21 side. The U-19s won.').map(n => `${n.text} ${n.kind}`), ['U-21 age', 'U-19s age']);
  });
});

/*
 * Hindsight judges which action items are overdue on the day the site is built. A site built on
 * 1 November and read on 25 November would still show 1 November's marks, so this script judges
 * them again on the reader's day. It only adds to what the page already says: without it, every
 * page is correct as of the build day. It touches classes, text and the hidden flag, and inserts
 * only clones of the server's own mark, so the page reads as if it had been built today.
 */
(function () {
  'use strict';

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  // Days are compared as numbers (2026-11-25 is 20261125), with no Date arithmetic and no time-zone
  // traps. Only YYYY-MM-DD is a day: anything else is never before today, where comparing strings
  // would put "+999999999-12-31" before "2026-11-25".
  function day(text) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
    return parts ? Number(parts[1]) * 10000 + Number(parts[2]) * 100 + Number(parts[3]) : NaN;
  }

  // The reader's day in their own time zone.
  var now = new Date();
  var today = now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  var todayNumber = now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();

  function isPast(text) {
    return day(text) < todayNumber;
  }

  // Every judged element carries the build day. Only move forwards from it: a reader whose clock
  // or time zone is behind the build must not see marks vanish that the build rightly set.
  var judged = document.querySelector('[data-as-of]');
  if (!judged || !isPast(judged.getAttribute('data-as-of'))) {
    return;
  }

  // The server's markup for each state: <tr class="overdue"> with " <strong class="overdue-mark">
  // Overdue</strong>" after the due date (kept in a <template>), and <tr> without a class attribute.
  var markTemplate = document.querySelector('template[data-overdue-mark]');

  function mark(row, overdue) {
    var shown = row.querySelector('.overdue-mark');
    if (overdue && !shown && markTemplate) {
      row.querySelector('time').after(markTemplate.content.cloneNode(true));
    } else if (!overdue && shown) {
      if (shown.previousSibling && shown.previousSibling.nodeType === Node.TEXT_NODE) {
        shown.previousSibling.remove();
      }
      shown.remove();
    }
    row.classList.toggle('overdue', overdue);
    if (row.classList.length === 0) {
      row.removeAttribute('class');
    }
  }

  var overdueRows = 0;
  document.querySelectorAll('tr[data-outstanding]').forEach(function (row) {
    var due = row.getAttribute('data-due');
    var overdue = row.getAttribute('data-outstanding') === 'true' && isPast(due);
    mark(row, overdue);
    overdueRows += overdue ? 1 : 0;
  });

  // How many items of "2026-12-01*3 2027-01-31" (a day, and how many fall due on it) are now past.
  function nowPast(watched) {
    return watched.split(' ').reduce(function (n, entry) {
      var parts = entry.split('*');
      return n + (entry !== '' && isPast(parts[0]) ? Number(parts[1] || 1) : 0);
    }, 0);
  }

  // A count that lists its items counts its marked rows. A count of a whole list that the page
  // shows in part, or not at all (the home page, a page of the action items), carries the due dates
  // that were still ahead on the build day; each one now past adds to the build day's count (kept
  // in the attribute, so running twice cannot count twice).
  document.querySelectorAll('[data-overdue-count]').forEach(function (count) {
    var holder = count.closest('[data-due-dates]');
    var n = overdueRows;
    if (holder) {
      n = Number(count.getAttribute('data-overdue-count')) + nowPast(holder.getAttribute('data-due-dates'));
      var part = holder.querySelector('[data-overdue-part]');
      if (part) {
        holder.classList.toggle('stat-alert', n > 0);
        part.hidden = n === 0;
      }
    }
    count.textContent = String(n);
  });

  // "as of 25 Nov 2026", as the server writes dates.
  document.querySelectorAll('time[data-as-of]').forEach(function (time) {
    time.setAttribute('datetime', today);
    time.textContent = Number(today.slice(8)) + ' ' + MONTHS[Number(today.slice(5, 7)) - 1] + ' ' + today.slice(0, 4);
  });
})();

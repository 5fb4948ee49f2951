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

  function shownDay(text) {
    return Number(text.slice(8)) + ' ' + MONTHS[Number(text.slice(5, 7)) - 1] + ' ' + text.slice(0, 4);
  }

  filterActionItems();

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
    var stat = count.closest('.stat');
    if (stat && stat !== holder) {
      stat.classList.toggle('stat-alert', n > 0);
    }
    count.textContent = String(n);
  });

  // "as of 25 Nov 2026", as the server writes dates.
  document.querySelectorAll('time[data-as-of]').forEach(function (time) {
    time.setAttribute('datetime', today);
    time.textContent = shownDay(today);
  });

  /*
   * The action items page's filters and sorting, over the whole backlog from action-items.json: the
   * page itself holds only its page of the list. Without the script, or where the export cannot be
   * fetched (a site opened from disk), the filters stay hidden and the page reads as built.
   */
  function filterActionItems() {
    var panel = document.querySelector('[data-action-filters]');
    // A browser refuses fetch() on pages opened from disk; there the page stays as built.
    if (!panel || !window.fetch || window.location.protocol === 'file:') {
      return;
    }
    var results = document.querySelector('[data-filter-results]');
    var groups = document.querySelector('[data-owner-groups]');
    var root = panel.getAttribute('data-root').replace(/index\.html$/, '');
    var STATUS = {'open': 'Open', 'in-progress': 'In progress'};
    var items = [];

    function field(name) {
      return panel.querySelector('[name="' + name + '"]');
    }

    function lower(text) {
      return String(text || '').toLowerCase();
    }

    function overdue(item) {
      return item.overdue || isPast(item.due);
    }

    function matches(item, chosen) {
      return (!chosen.owner || lower(item.owner) === chosen.owner)
        && (!chosen.service || item.services.some(function (s) { return lower(s) === chosen.service; }))
        && (!chosen.team || lower(item.team) === chosen.team)
        && (!chosen.priority || lower(item.priority) === chosen.priority)
        && (!chosen.type || item.type === chosen.type)
        && (!chosen.overdue || overdue(item));
    }

    // Unknown values sort last; ties keep the export's order, most urgent first.
    function compare(key) {
      return function (a, b) {
        var x = a[key] === null ? '\uffff' : a[key];
        var y = b[key] === null ? '\uffff' : b[key];
        return x < y ? -1 : x > y ? 1 : a.index - b.index;
      };
    }
    var SORTS = {due: compare('due'), priority: compare('priority'), age: compare('postmortem_date')};

    function cell(row, text) {
      var td = document.createElement('td');
      td.textContent = text;
      row.appendChild(td);
      return td;
    }

    function link(text, href) {
      var a = document.createElement('a');
      a.textContent = text;
      a.setAttribute('href', href);
      return a;
    }

    function rowOf(item) {
      var row = document.createElement('tr');
      var late = overdue(item);
      if (late) {
        row.className = 'overdue';
      }
      var what = cell(row, item.title + ' ');
      var type = document.createElement('span');
      type.className = 'type';
      type.textContent = item.type.charAt(0).toUpperCase() + item.type.slice(1);
      what.appendChild(type);
      cell(row, item.owner).className = 'nowrap';
      var due = cell(row, item.due ? shownDay(item.due) : '—');
      due.className = 'nowrap';
      if (late) {
        var mark = document.createElement('strong');
        mark.className = 'overdue-mark';
        mark.textContent = 'Overdue';
        due.append(' ', mark);
      }
      cell(row, item.priority || '—').className = 'nowrap';
      var status = document.createElement('span');
      status.className = 'badge badge-action action-' + item.status;
      status.textContent = STATUS[item.status] || item.status;
      cell(row, '').appendChild(status);
      var ticket = cell(row, '');
      ticket.className = 'ticket';
      if (item.ticket_url && /^https?:\/\//i.test(item.ticket_url)) {
        ticket.appendChild(link(item.ticket, item.ticket_url));
      } else {
        ticket.textContent = item.ticket || '—';
      }
      cell(row, '').appendChild(link(item.postmortem_title, root + item.postmortem_path + 'index.html'));
      return row;
    }

    function render() {
      var chosen = {
        owner: lower(field('owner').value), service: lower(field('service').value), team: lower(field('team').value),
        priority: lower(field('priority').value), type: field('type').value, overdue: field('overdue').checked
      };
      var sort = field('sort').value;
      var filtered = chosen.owner || chosen.service || chosen.team || chosen.priority || chosen.type || chosen.overdue;
      if (!filtered && sort === 'due') {
        results.hidden = true;
        groups.hidden = false;
        field('matches').textContent = '';
        return;
      }
      var shown = items.filter(function (item) { return matches(item, chosen); }).sort(SORTS[sort] || SORTS.due);
      var table = document.createElement('table');
      table.className = 'actions';
      var head = table.createTHead().insertRow();
      ['Action item', 'Owner', 'Due', 'Priority', 'Status', 'Ticket', 'From'].forEach(function (name) {
        var th = document.createElement('th');
        th.scope = 'col';
        th.textContent = name;
        head.appendChild(th);
      });
      var body = table.createTBody();
      shown.forEach(function (item) { body.appendChild(rowOf(item)); });
      var scroll = document.createElement('div');
      scroll.className = 'table-scroll';
      scroll.appendChild(table);
      results.replaceChildren(scroll);
      results.hidden = false;
      groups.hidden = true;
      field('matches').textContent = shown.length + (shown.length === 1 ? ' item' : ' items');
    }

    // #service=billing (from a service page) chooses that service, whatever its case.
    function choose(hash) {
      hash.replace(/^#/, '').split('&').forEach(function (pair) {
        var parts = pair.split('=');
        var select = parts.length === 2 ? panel.querySelector('select[name="' + parts[0] + '"]') : null;
        var wanted = select ? lower(decodeURIComponent(parts[1])) : '';
        if (select) {
          Array.prototype.forEach.call(select.options, function (option) {
            if (lower(option.value) === wanted) {
              select.value = option.value;
            }
          });
        }
      });
    }

    fetch(panel.getAttribute('data-export')).then(function (response) {
      return response.json();
    }).then(function (json) {
      items = json.action_items.filter(function (item) { return STATUS[item.status]; });
      items.forEach(function (item, i) { item.index = i; });
      choose(window.location.hash);
      panel.hidden = false;
      panel.addEventListener('change', render);
      window.addEventListener('hashchange', function () {
        choose(window.location.hash);
        render();
      });
      render();
    }).catch(function () {
      // Offline, or the export is missing: the page stays as it was built.
    });
  }
})();

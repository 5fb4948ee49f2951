/*
 * Hindsight's search. The index is static files under search/ (README.md, "Search"): a query fetches
 * the small manifest, then only the term chunks its words fall in; the results' metadata and excerpt
 * text come afterwards, a few small files for the results on screen. The tokeniser and stemmer follow
 * the same rules as the Java that wrote the index (render/search/Tokenizer, Stemmer); one table of
 * cases tests both. Index text is untrusted: it only ever reaches the page as textContent.
 */
(function () {
  'use strict';

  // This script is <root>/assets/search.js, so the site's root is one folder up, on a sub-path and
  // from disk alike.
  var ROOT = new URL('../', document.currentScript.src).href;
  var INDEX = ROOT + 'search/';

  // ---- Tokeniser and stemmer: keep identical to Tokenizer.java and Stemmer.java ----

  var MAX_TERM = 64;
  var JOINERS = '-._:/@';
  var WORD_CHAR = /^[\p{L}\p{Nd}\p{M}]$/u;
  var LETTERS = /^\p{L}+$/u;

  function isWordChar(c) {
    return c !== undefined && WORD_CHAR.test(c);
  }

  function fold(word) {
    return word.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  }

  function undouble(w) {
    var last = w.charAt(w.length - 1);
    return last === w.charAt(w.length - 2) && 'aeiouylsz'.indexOf(last) < 0 ? w.slice(0, -1) : w;
  }

  function plural(w) {
    if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
    if (/sses$/.test(w)) return w.slice(0, -2);
    if (/es$/.test(w) && ('sxz'.indexOf(w.charAt(w.length - 3)) >= 0 || /(ch|sh)es$/.test(w))) return w.slice(0, -2);
    if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
    return w;
  }

  function stem(word) {
    if (word.length <= 3 || !LETTERS.test(word)) return word;
    var w = plural(word);
    if (/ing$/.test(w) && w.length - 3 >= 4) {
      w = undouble(w.slice(0, -3));
    } else if (/ed$/.test(w) && w.length - 2 >= 4) {
      w = undouble(w.slice(0, -2));
    }
    if (/e$/.test(w) && w.length > 4) w = w.slice(0, -1);
    return w;
  }

  // Calls sink(term, position, start, end, compound) for every term; start and end are offsets in text.
  function tokens(text, sink) {
    var position = 0;
    var n = text.length;
    var i = 0;
    function emit(term, at, start, end, compound) {
      if (term.length <= MAX_TERM) sink(term, at, start, end, compound);
    }
    while (i < n) {
      if (!isWordChar(text[i])) {
        i++;
        continue;
      }
      var start = i;
      var words = [];
      for (;;) {
        var wordStart = i;
        while (i < n && isWordChar(text[i])) i++;
        words.push([wordStart, i]);
        if (i + 1 < n && JOINERS.indexOf(text[i]) >= 0 && isWordChar(text[i + 1])) {
          i++;
        } else {
          break;
        }
      }
      if (words.length > 1) emit(fold(text.slice(start, i)), position, start, i, true);
      for (var w = 0; w < words.length; w++) {
        emit(stem(fold(text.slice(words[w][0], words[w][1]))), position++, words[w][0], words[w][1], false);
      }
    }
    return position;
  }

  function termList(text) {
    var out = [];
    tokens(text, function (term, position) { out.push(term + '@' + position); });
    return out;
  }

  // ---- Queries ----

  // Words are all required; the last one, while it is being typed, also matches as a prefix.
  // "Quoted words" must be a phrase; -word and -"a phrase" exclude. A verb and its particle may also
  // be written as one word (see closedUp).
  function parseQuery(q) {
    var query = { clauses: [], phrases: [], excluded: [], excludedPhrases: [], closed: [] };
    var piece = /(-?)"([^"]*)"?|(-?)(\S+)/g;
    var match;
    var lastWord = null;
    // Which piece of the query each word came from: only words of neighbouring pieces, with no
    // phrase or excluded word between them, may be one word written apart.
    var pieceNumber = 0;
    while ((match = piece.exec(q)) !== null) {
      pieceNumber++;
      if (match[2] !== undefined) {
        var words = [];
        tokens(match[2], function (term, at, s, e, compound) { if (!compound) words.push(term); });
        if (words.length === 0) continue;
        (match[1] ? query.excludedPhrases : query.phrases).push(words);
        lastWord = null;
      } else {
        var exclude = match[3] === '-' && match[4].length > 0;
        wordTerms(match[4]).forEach(function (w) {
          if (exclude) {
            query.excluded.push(w.term);
          } else {
            var clause = { term: w.term, prefix: null, raw: w.raw, piece: pieceNumber };
            query.clauses.push(clause);
            lastWord = { clause: clause, raw: w.raw, end: match.index + match[0].length };
          }
        });
      }
    }
    if (lastWord && lastWord.end === q.length && lastWord.raw.length >= 2) {
      lastWord.clause.prefix = lastWord.raw;
    }
    for (var c = 0; c + 1 < query.clauses.length; c++) {
      if (query.clauses[c + 1].piece - query.clauses[c].piece > 1) continue;
      var terms = closedUp(query.clauses[c].raw, query.clauses[c + 1].raw);
      if (terms.length > 0) {
        query.closed.push({ at: c, terms: terms });
        c++;
      }
    }
    return query;
  }

  // "timed out" is also "timeout", "fail over" "failover", "logged in" "login": a verb followed by one
  // of these particles may be written closed up, its past tense dropped. The terms it may be, stemmed.
  var PARTICLES = ['out', 'up', 'down', 'over', 'in', 'off', 'back', 'on', 'through', 'away'];
  function closedUp(verb, particle) {
    if (PARTICLES.indexOf(particle) < 0 || !LETTERS.test(verb)) return [];
    var bases = [verb];
    if (/ed$/.test(verb) && verb.length > 4) bases.push(verb.slice(0, -1), undouble(verb.slice(0, -2)));
    return bases.map(function (base) { return stem(base + particle); })
      .filter(function (term, i, all) { return all.indexOf(term) === i; });
  }

  // A written compound (us-east-1) is one term; other words are their stems.
  function wordTerms(word) {
    var out = [];
    var compoundEnd = -1;
    tokens(word, function (term, at, start, end, compound) {
      if (compound) {
        out.push({ term: term, raw: term });
        compoundEnd = end;
      } else if (start >= compoundEnd) {
        out.push({ term: term, raw: fold(word.slice(start, end)) });
      }
    });
    return out;
  }

  function isEmpty(query) {
    return query.clauses.length === 0 && query.phrases.length === 0;
  }

  // ---- The index ----

  var cache = {};
  function json(path) {
    if (!cache[path]) {
      cache[path] = fetch(INDEX + path).then(function (response) {
        if (!response.ok) throw new Error(path + ': ' + response.status);
        return response.json();
      });
      cache[path].catch(function () { delete cache[path]; });
    }
    return cache[path];
  }

  function manifest() {
    return json('index.json');
  }

  // The chunks whose range of terms may hold term (exactly) or any term starting with prefix. A chunk
  // ends with the next one's first term only when that term goes on there (continued[j + 1]). A chunk
  // that the next one starts with the same term holds nothing but part of that term's postings (a
  // common word's own chunks, TermChunks.java): never worth fetching for a prefix.
  var MAX_PREFIX_CHUNKS = 3;
  function chunksFor(firsts, continued, term, prefix) {
    var found = [];
    function reaches(j, next, word) {
      return next === null || next > word || (next === word && continued[j + 1] === '1');
    }
    for (var j = 0; j < firsts.length; j++) {
      var next = j + 1 < firsts.length ? firsts[j + 1] : null;
      var holdsTerm = firsts[j] <= term && reaches(j, next, term);
      var holdsPrefix = prefix !== null && found.length < MAX_PREFIX_CHUNKS && firsts[j] < prefix + '\uffff'
        && reaches(j, next, prefix) && next !== firsts[j];
      if (holdsTerm || holdsPrefix) found.push(j);
    }
    return found;
  }

  // Appends one part of a term's postings to out: per document doc,meta[,tf],positions… (Postings.java).
  // Documents count on from the part before; positions count from 0 in each document. Read digit by
  // digit rather than split and parsed, and positions only when a phrase asks (positionsOf): a common
  // word has postings in thousands of documents, and a query for the word alone needs none of them.
  function decode(encoded, out) {
    var doc = out.length > 0 ? out[out.length - 1].doc : 0;
    var n = encoded.length;
    var i = 0;
    while (i < n) {
      var end = encoded.indexOf(';', i);
      if (end < 0) end = n;
      var delta = 0;
      for (var c = encoded.charCodeAt(i); c !== 44; c = encoded.charCodeAt(++i)) delta = delta * 36 + digit(c);
      doc += delta;
      var meta = 0;
      for (c = encoded.charCodeAt(++i); c !== 44 && i < end; c = encoded.charCodeAt(++i)) meta = meta * 36 + digit(c);
      var tf = 0;
      if (meta & 1) {
        for (c = encoded.charCodeAt(++i); c !== 44 && i < end; c = encoded.charCodeAt(++i)) tf = tf * 36 + digit(c);
      } else {
        for (var k = i; k < end; k++) if (encoded.charCodeAt(k) === 44) tf++;
      }
      out.push({ doc: doc, fields: (meta >> 1) & 15, tf: tf, section: meta >> 5, encoded: encoded, from: i, to: end, positions: null });
      i = end + 1;
    }
    return out;
  }

  function digit(c) {
    return c <= 57 ? c - 48 : c - 87;
  }

  // A posting's kept positions, read from its ,pos,pos… the first time a phrase needs them.
  function positionsOf(posting) {
    if (posting.positions === null) {
      var positions = [];
      var at = 0, value = 0;
      for (var i = posting.from + 1; i <= posting.to; i++) {
        var c = i < posting.to ? posting.encoded.charCodeAt(i) : 44;
        if (c === 44) {
          at += value;
          positions.push(at);
          value = 0;
        } else {
          value = value * 36 + digit(c);
        }
      }
      posting.positions = positions;
    }
    return posting.positions;
  }

  // term -> postings of every term the query needs, read from the chunks they fall in.
  function postingsFor(query) {
    return manifest().then(function (m) {
      var wanted = [];
      query.clauses.forEach(function (c) { wanted.push([c.term, c.prefix]); });
      query.phrases.concat(query.excludedPhrases).forEach(function (p) { p.forEach(function (t) { wanted.push([t, null]); }); });
      query.excluded.forEach(function (t) { wanted.push([t, null]); });
      query.closed.forEach(function (c) { c.terms.forEach(function (t) { wanted.push([t, null]); }); });
      var chunks = {};
      wanted.forEach(function (w) { chunksFor(m.terms, m.continued, w[0], w[1]).forEach(function (j) { chunks[j] = true; }); });
      var numbers = Object.keys(chunks).map(Number).sort(function (a, b) { return a - b; });
      return Promise.all(numbers.map(function (j) { return json('terms/' + j + '.json'); })).then(function (loaded) {
        var raw = {};
        var lastTaken = {};
        loaded.forEach(function (pairs, n) {
          var j = numbers[n];
          // A continued term's documents count on from the chunk before (TermChunks.java): a prefix skips
          // a common word's middle chunks, and without every earlier part its documents would be wrong.
          var from = m.continued[j] === '1' && !lastTaken[j - 1] ? 1 : 0;
          pairs.slice(from).forEach(function (pair) { (raw[pair[0]] = raw[pair[0]] || []).push(pair[1]); });
          lastTaken[j] = pairs.length > from;
        });
        return { manifest: m, raw: raw, decoded: {} };
      });
    });
  }

  function postings(index, term) {
    if (!(term in index.decoded)) {
      index.decoded[term] = (index.raw[term] || []).reduce(function (all, part) { return decode(part, all); }, []);
    }
    return index.decoded[term];
  }

  // ---- Ranking: BM25-like, without length normalisation, boosted by the field that matched ----

  var TITLE = 1, SUMMARY = 2, DETAILS = 4, BODY = 8;
  function boost(fields) {
    if (fields & TITLE) return 6;
    if (fields & SUMMARY) return 3;
    if (fields & DETAILS) return 2;
    return 1;
  }

  function weight(posting, df, documents) {
    var idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
    return idf * boost(posting.fields) * (posting.tf * 2.2) / (posting.tf + 1.2);
  }

  // doc -> {score, hits: {term: posting}} for the documents that have every word and phrase.
  function match(query, index) {
    var documents = index.manifest.documents;
    var scored = null;
    function require(perDoc) {
      if (scored === null) {
        scored = perDoc;
        return;
      }
      var kept = new Map();
      scored.forEach(function (hit, doc) {
        var more = perDoc.get(doc);
        if (more) {
          hit.score += more.score;
          Object.assign(hit.terms, more.terms);
          kept.set(doc, hit);
        }
      });
      scored = kept;
    }
    var perClause = query.clauses.map(function (clause) { return clauseMatches(index, termsOf(index, clause)); });
    query.closed.forEach(function (c) {
      var apart = both(perClause[c.at], perClause[c.at + 1]);
      clauseMatches(index, c.terms.map(function (t) { return [t, 1]; })).forEach(function (hit, doc) {
        var other = apart.get(doc);
        if (!other || other.score < hit.score) apart.set(doc, hit);
      });
      perClause[c.at] = apart;
      perClause[c.at + 1] = null;
    });
    perClause.forEach(function (perDoc) { if (perDoc) require(perDoc); });
    query.phrases.forEach(function (phrase) {
      require(phraseMatches(index, phrase, documents));
    });
    var excluded = new Set();
    query.excluded.forEach(function (t) { postings(index, t).forEach(function (p) { excluded.add(p.doc); }); });
    query.excludedPhrases.forEach(function (phrase) {
      phraseMatches(index, phrase, documents).forEach(function (hit, doc) { excluded.add(doc); });
    });
    excluded.forEach(function (doc) { scored.delete(doc); });
    return scored;
  }

  // doc -> {score, terms} for the documents with any of the weighted terms, each scored by its best.
  function clauseMatches(index, weighted) {
    var perDoc = new Map();
    weighted.forEach(function (tw) {
      var list = postings(index, tw[0]);
      list.forEach(function (p) {
        var s = tw[1] * weight(p, list.length, index.manifest.documents);
        var hit = perDoc.get(p.doc);
        if (!hit) {
          hit = { score: 0, terms: {} };
          perDoc.set(p.doc, hit);
        }
        hit.score = Math.max(hit.score, s);
        hit.terms[tw[0]] = p;
      });
    });
    return perDoc;
  }

  // The documents in both, their scores added.
  function both(a, b) {
    var out = new Map();
    a.forEach(function (hit, doc) {
      var more = b.get(doc);
      if (more) out.set(doc, { score: hit.score + more.score, terms: Object.assign({}, hit.terms, more.terms) });
    });
    return out;
  }

  // The clause's own term, weighted 1, and while typed every term it starts, weighted less.
  function termsOf(index, clause) {
    var out = [[clause.term, 1]];
    if (clause.prefix !== null) {
      Object.keys(index.raw).forEach(function (t) {
        if (t !== clause.term && t.lastIndexOf(clause.prefix, 0) === 0) out.push([t, 0.6]);
      });
    }
    return out;
  }

  function phraseMatches(index, phrase, documents) {
    var lists = phrase.map(function (t) {
      var byDoc = new Map();
      postings(index, t).forEach(function (p) { byDoc.set(p.doc, p); });
      return byDoc;
    });
    var perDoc = new Map();
    lists[0].forEach(function (first, doc) {
      var all = lists.map(function (l) { return l.get(doc); });
      if (all.some(function (p) { return !p; })) return;
      var found = positionsOf(first).some(function (start) {
        return all.every(function (p, i) { return positionsOf(p).indexOf(start + i) >= 0; });
      });
      if (!found) return;
      var hit = { score: 0, terms: {} };
      all.forEach(function (p, i) {
        hit.score += 1.5 * weight(p, lists[i].size, documents);
        hit.terms[phrase[i]] = p;
      });
      perDoc.set(doc, hit);
    });
    return perDoc;
  }

  // ---- Filters ----

  function loadFilters(names) {
    return Promise.all(names.map(function (name) {
      return json('filters/' + name + '.json').then(function (values) {
        return {
          name: name,
          values: values.map(function (v) {
            var docs = [];
            var doc = 0;
            if (v[2] !== '') v[2].split(',').forEach(function (d) { doc += parseInt(d, 36); docs.push(doc); });
            return { key: v[0], label: v[1], docs: docs };
          })
        };
      });
    }));
  }

  // The documents of the chosen values of one filter (any of them), as a mask over all documents.
  function filterMask(filter, chosen, documents) {
    var mask = new Uint8Array(documents);
    filter.values.forEach(function (v) {
      if (chosen.has(v.key)) v.docs.forEach(function (d) { mask[d] = 1; });
    });
    return mask;
  }

  // ---- A search: text, filters and sort in; ranked documents and filter counts out ----

  // The result's counts() gives each filter value's count for the same words and chosen filters,
  // loading the other filters only then: the results are on screen before it is asked.
  function search(state) {
    var query = parseQuery(state.q);
    var chosenNames = Object.keys(state.filters).filter(function (n) { return state.filters[n].size > 0; });
    return manifest().then(function (m) {
      var text = isEmpty(query) ? Promise.resolve(null) : postingsFor(query);
      return Promise.all([text, loadFilters(chosenNames)]).then(function (loaded) {
        var index = loaded[0];
        var filters = loaded[1];
        var hits = index ? match(query, index) : null;
        var masks = {};
        filters.forEach(function (f) {
          if (state.filters[f.name] && state.filters[f.name].size > 0) {
            masks[f.name] = filterMask(f, state.filters[f.name], m.documents);
          }
        });
        function passes(doc, except) {
          return Object.keys(masks).every(function (name) { return name === except || masks[name][doc] === 1; });
        }
        var candidates = [];
        if (hits) {
          hits.forEach(function (hit, doc) { candidates.push(doc); });
        } else if (chosenNames.length > 0) {
          candidates = allDocs(m.documents);
        }
        var docs = candidates.filter(function (doc) { return passes(doc, null); });
        if (state.sort === 'date' || !hits) {
          docs.sort(function (a, b) { return a - b; });
        } else {
          // Scores read from an array, not looked up per comparison: a common word sorts thousands.
          var score = new Float64Array(m.documents);
          hits.forEach(function (hit, doc) { score[doc] = hit.score; });
          docs.sort(function (a, b) { return score[b] - score[a] || a - b; });
        }
        function counts() {
          return loadFilters(m.filters.map(function (f) { return f[0]; })).then(countsOf);
        }
        function countsOf(all) {
          // Without words every document counts, filtered or not: chosen filters already made it all of them.
          var universe = hits ? candidates : allDocs(m.documents);
          return all.map(function (f) {
            var base = new Uint8Array(m.documents);
            universe.forEach(function (doc) {
              if (passes(doc, f.name)) base[doc] = 1;
            });
            return {
              name: f.name,
              label: m.filters.filter(function (x) { return x[0] === f.name; })[0][1],
              values: f.values.map(function (v) {
                var n = 0;
                v.docs.forEach(function (doc) { n += base[doc]; });
                return { key: v.key, label: v.label, count: n };
              })
            };
          });
        }
        return { query: query, docs: docs, hits: hits, counts: counts, manifest: m, searched: hits !== null || chosenNames.length > 0 };
      });
    });
  }

  function allDocs(n) {
    var all = [];
    for (var d = 0; d < n; d++) all.push(d);
    return all;
  }

  function shown(doc, m) {
    return json('docs/' + Math.floor(doc / m.docGroup) + '.json').then(function (group) {
      var d = group[doc % m.docGroup];
      return { path: d[0], title: d[1], date: d[2], severity: d[3], status: d[4], services: d[5], summary: d[6] };
    });
  }

  function sectionsOf(doc, m) {
    return json('text/' + Math.floor(doc / m.textGroup) + '.json').then(function (group) {
      return group[doc % m.textGroup];
    });
  }

  // ---- Excerpts and highlighting ----

  function matcher(result, doc) {
    var hit = result.hits ? result.hits.get(doc) : null;
    var terms = new Set(hit ? Object.keys(hit.terms) : []);
    var prefixes = result.query.clauses.filter(function (c) { return c.prefix; }).map(function (c) { return c.prefix; });
    return function (term) {
      return terms.has(term) || prefixes.some(function (p) { return term.lastIndexOf(p, 0) === 0; });
    };
  }

  // Where text's matched words are: [start, end] offsets, touching ones merged.
  function matchedRanges(text, matches) {
    var ranges = [];
    tokens(text, function (term, at, start, end) {
      if (!matches(term)) return;
      var last = ranges[ranges.length - 1];
      if (last && start <= last[1]) {
        last[1] = Math.max(last[1], end);
      } else {
        ranges.push([start, end]);
      }
    });
    return ranges;
  }

  // text with every matched word in <mark>, built from text nodes only.
  function highlighted(text, matches) {
    var fragment = document.createDocumentFragment();
    var at = 0;
    matchedRanges(text, matches).forEach(function (r) {
      fragment.append(text.slice(at, r[0]));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1]);
      fragment.append(mark);
      at = r[1];
    });
    fragment.append(text.slice(at));
    return fragment;
  }

  var EXCERPT_BEFORE = 60, EXCERPT_LENGTH = 220;
  function excerptOf(text, matches) {
    var ranges = matchedRanges(text, matches);
    if (ranges.length === 0) return null;
    var first = ranges[0][0];
    var start = Math.max(0, first - EXCERPT_BEFORE);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    var end = Math.min(text.length, start + EXCERPT_LENGTH);
    var piece = (start > 0 ? '… ' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? ' …' : '');
    return highlighted(piece, matches);
  }

  // The body section the best match is in, with its anchor, when the match is in the body.
  function bodySection(result, doc) {
    var hit = result.hits ? result.hits.get(doc) : null;
    if (!hit) return 0;
    var best = 0, bestScore = -1;
    Object.keys(hit.terms).forEach(function (t) {
      var p = hit.terms[t];
      if (p.section > 0 && !(p.fields & (TITLE | SUMMARY)) && p.tf > bestScore) {
        best = p.section;
        bestScore = p.tf;
      }
    });
    return best;
  }

  // ---- Rendering results ----

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function href(path, anchor) {
    return ROOT + path + 'index.html' + (anchor ? '#' + encodeURIComponent(anchor) : '');
  }

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function day(iso) {
    return Number(iso.slice(8)) + ' ' + MONTHS[Number(iso.slice(5, 7)) - 1] + ' ' + iso.slice(0, 4);
  }

  // One result: its title, facts and summary at once, from docs/ alone; fill() then fetches the matched
  // section's text and puts its excerpt in the summary's place. The excerpt box keeps its height
  // (style.css), and only the count is a live region, so the change neither jumps nor is announced.
  function resultItem(result, doc, d, compact) {
    var matches = matcher(result, doc);
    var item = el('li', 'search-result');
    var link = el('a', 'search-result-title');
    link.href = href(d.path, '');
    link.append(highlighted(d.title, matches));
    item.append(link);
    var facts = el('p', 'search-result-facts');
    // An undated postmortem has no day to show; its other facts lead.
    if (d.date) {
      var time = el('time', null, day(d.date));
      time.setAttribute('datetime', d.date);
      facts.append(time);
    }
    [d.severity, d.status].concat(d.services).forEach(function (fact) {
      if (fact) facts.append(facts.childNodes.length ? ' · ' : '', el('span', null, fact));
    });
    item.append(facts);
    var excerpt = el('p', 'search-result-excerpt');
    excerpt.append(excerptOf(d.summary, matches) || d.summary);
    item.append(excerpt);
    var section = bodySection(result, doc);
    function fill() {
      if (section === 0) return Promise.resolve();
      return sectionsOf(doc, result.manifest).then(function (sections) {
        var s = sections[section - 1];
        var body = s && excerptOf(s[2], matches);
        if (!body) return;
        link.href = href(d.path, s[1]);
        excerpt.replaceChildren(compact ? '' : el('span', 'search-result-section', s[0] + ': '), body);
      }, function () { /* the summary stays */ });
    }
    return { item: item, fill: fill };
  }

  // Appends results from..from+count at once; fill() then fetches their excerpts, and the links to
  // the matched sections, once the results are on screen: the text files are never on the way to them.
  function renderResults(list, result, from, count, compact) {
    var docs = result.docs.slice(from, from + count);
    return Promise.all(docs.map(function (doc) { return shown(doc, result.manifest); })).then(function (ds) {
      var items = ds.map(function (d, i) { return resultItem(result, docs[i], d, compact); });
      items.forEach(function (r) { list.append(r.item); });
      return {
        shown: ds.length,
        fill: function () { return Promise.all(items.map(function (r) { return r.fill(); })); }
      };
    });
  }

  function countText(result) {
    var n = result.docs.length;
    return n === 0 ? 'No postmortems match.' : (n === 1 ? '1 postmortem matches.' : n.toLocaleString('en') + ' postmortems match.');
  }

  var UNAVAILABLE = 'Search could not load its index. Browsers do not let a page opened from disk read other files:'
    + ' serve the site (hindsight serve), or browse the archive instead.';

  // ---- The search box in the header: results as you type ----

  function headerBox(form) {
    var input = form.querySelector('input[name="q"]');
    var list = el('ul', 'search-dropdown');
    list.id = input.id + '-results';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search results');
    list.hidden = true;
    form.append(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    var generation = 0;
    var active = -1;

    function options() {
      return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
    }
    function setActive(i) {
      var all = options();
      active = all.length === 0 ? -1 : (i + all.length) % all.length;
      all.forEach(function (o, j) { o.setAttribute('aria-selected', j === active ? 'true' : 'false'); });
      if (active >= 0) {
        input.setAttribute('aria-activedescendant', all[active].id);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }
    function update() {
      var mine = ++generation;
      var q = input.value;
      if (q.trim() === '') {
        close();
        return;
      }
      search({ q: q, filters: {}, sort: 'relevance' }).then(function (result) {
        if (mine !== generation) return null;
        var fresh = el('ul');
        return renderResults(fresh, result, 0, 6, true).then(function (rendered) {
          if (mine !== generation) return;
          var items = Array.prototype.slice.call(fresh.children);
          if (items.length === 0) items.push(el('li', 'search-dropdown-empty', 'No postmortems match.'));
          var all = el('li', 'search-dropdown-all');
          var more = el('a', null, result.docs.length > 0 ? 'All ' + result.docs.length.toLocaleString('en') + ' results' : 'Search page');
          more.href = ROOT + 'search/index.html?q=' + encodeURIComponent(q);
          all.append(more);
          items.push(all);
          items.forEach(function (item, i) {
            var a = item.querySelector('a');
            if (!a) return;
            item.setAttribute('role', 'option');
            item.id = list.id + '-' + i;
            a.tabIndex = -1;
          });
          list.replaceChildren.apply(list, items);
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
          setActive(-1);
          rendered.fill();
        });
      }).catch(function () {
        if (mine !== generation) return;
        list.replaceChildren(el('li', 'search-dropdown-empty', UNAVAILABLE));
        list.hidden = false;
      });
    }
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (list.hidden) return;
        event.preventDefault();
        setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        window.location.href = options()[active].querySelector('a').href;
      } else if (event.key === 'Escape') {
        close();
      }
    });
    form.addEventListener('focusout', function (event) {
      if (!form.contains(event.relatedTarget)) close();
    });
  }

  // ---- The search page: filters with counts, sort, and the URL as its state ----

  var PAGE_SIZE = 20;

  function stateFromUrl(filterNames) {
    var params = new URLSearchParams(window.location.search);
    var filters = {};
    filterNames.forEach(function (name) { filters[name] = new Set(params.getAll(name)); });
    return { q: params.get('q') || '', sort: params.get('sort') === 'date' ? 'date' : 'relevance', filters: filters };
  }

  function urlOf(state) {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    Object.keys(state.filters).forEach(function (name) {
      Array.from(state.filters[name]).sort().forEach(function (key) { params.append(name, key); });
    });
    if (state.sort === 'date') params.set('sort', 'date');
    var search = params.toString();
    return window.location.pathname + (search ? '?' + search : '');
  }

  function searchPage(page) {
    var form = page.querySelector('[data-search-form]');
    var input = form.querySelector('input[name="q"]');
    var sort = form.querySelector('select[name="sort"]');
    var filtersBox = page.querySelector('[data-search-filters]');
    var count = page.querySelector('[data-search-count]');
    var list = page.querySelector('[data-search-list]');
    var more = page.querySelector('[data-search-more]');
    var generation = 0;
    var state = null;

    page.querySelector('[data-search-nojs]').hidden = true;
    form.hidden = false;
    page.querySelector('[data-search-results]').hidden = false;

    function run(history) {
      if (history === 'push') {
        window.history.pushState(null, '', urlOf(state));
      } else if (history === 'replace') {
        window.history.replaceState(null, '', urlOf(state));
      }
      var mine = ++generation;
      search(state).then(function (result) {
        if (mine !== generation) return;
        showResults(result, mine);
        return result.counts().then(function (counts) {
          if (mine === generation) renderFilters(counts);
        });
      }).catch(function () {
        if (mine !== generation) return;
        count.textContent = UNAVAILABLE;
      });
    }

    function showResults(result, mine) {
      var fresh = el('ol');
      var from = 0;
      function next() {
        return renderResults(fresh, result, from, PAGE_SIZE, false).then(function (rendered) {
          if (mine !== generation) return null;
          from += rendered.shown;
          more.hidden = from >= result.docs.length;
          return rendered;
        });
      }
      return next().then(function (rendered) {
        if (!rendered) return;
        list.replaceChildren.apply(list, Array.prototype.slice.call(fresh.children));
        count.textContent = result.searched ? countText(result) : 'Type words to search, or choose filters.';
        rendered.fill();
        more.onclick = function () {
          fresh = list;
          next().then(function (more) { if (more) more.fill(); });
        };
      });
    }

    function renderFilters(counts) {
      var groups = counts.map(function (filter) {
        var chosen = state.filters[filter.name];
        var fieldset = el('fieldset', 'search-filter');
        fieldset.append(el('legend', null, filter.label));
        filter.values.forEach(function (v) {
          if (v.count === 0 && !chosen.has(v.key)) return;
          var label = el('label', 'search-filter-value');
          var box = el('input');
          box.type = 'checkbox';
          box.name = filter.name;
          box.value = v.key;
          box.checked = chosen.has(v.key);
          box.addEventListener('change', function () {
            if (box.checked) {
              chosen.add(v.key);
            } else {
              chosen.delete(v.key);
            }
            run('push');
          });
          label.append(box, ' ' + v.label + ' ', el('span', 'count', String(v.count)));
          fieldset.append(label);
        });
        return fieldset;
      });
      var focused = document.activeElement;
      var key = focused && focused.name && filtersBox.contains(focused) ? [focused.name, focused.value] : null;
      filtersBox.replaceChildren.apply(filtersBox, groups);
      if (key) {
        var again = filtersBox.querySelector('input[name="' + key[0] + '"][value="' + CSS.escape(key[1]) + '"]');
        if (again) again.focus();
      }
    }

    function load() {
      return manifest().then(function (m) {
        state = stateFromUrl(m.filters.map(function (f) { return f[0]; }));
        input.value = state.q;
        sort.value = state.sort;
        run(null);
      }).catch(function () {
        count.textContent = UNAVAILABLE;
      });
    }

    input.addEventListener('input', function () {
      state.q = input.value;
      run('replace');
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      state.q = input.value;
      run('push');
    });
    sort.addEventListener('change', function () {
      state.sort = sort.value;
      run('push');
    });
    window.addEventListener('popstate', load);
    load();
  }

  // ---- Start ----

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var box = document.querySelector('[data-search-page] input[name="q"]:not([hidden])')
        || document.querySelector('.site-search input[name="q"]');
      if (box) {
        event.preventDefault();
        box.focus();
      }
    }
  });
  var header = document.querySelector('form.site-search');
  if (header) headerBox(header);
  var page = document.querySelector('[data-search-page]');
  if (page) searchPage(page);

  // What the dropdown shows first, and how to fill in its excerpts as it then does: for bench/search.sh.
  function firstResults(q, filters, count) {
    var sets = {};
    Object.keys(filters || {}).forEach(function (name) { sets[name] = new Set(filters[name]); });
    return search({ q: q, filters: sets, sort: 'relevance' }).then(function (result) {
      var list = el('ol');
      return renderResults(list, result, 0, count, true).then(function (rendered) {
        return { total: result.docs.length, fill: rendered.fill };
      });
    });
  }

  // For tests of the tokeniser and stemmer against the Java side's table of cases, and the benchmark.
  window.HindsightSearch = { terms: termList, firstResults: firstResults };
})();

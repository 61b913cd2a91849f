// The one-screen dispatch board (一屏调度) refreshes itself: every few seconds it fetches the board's
// live part and the units column and swaps them in without a reload. A row whose form the officer is
// using (focused, or with a changed choice or typed text) or that shows a refusal stays as it is, so
// nothing the officer started is lost; the other rows are replaced in the order the server sends.
(function () {
	'use strict';

	function live() {
		return document.getElementById('board-live');
	}

	if (!live()) {
		return;
	}

	const seconds = Math.max(parseInt(live().dataset.refreshSeconds || '15', 10) || 15, 2);

	function changed(control) {
		if (control.tagName === 'SELECT') {
			return Array.prototype.some.call(control.options, function (o) { return o.selected !== o.defaultSelected; });
		}
		if (control.type === 'checkbox' || control.type === 'radio') {
			return control.checked !== control.defaultChecked;
		}
		return control.type !== 'hidden' && control.value !== control.defaultValue;
	}

	function busy(row) {
		if (row.querySelector('.board-error')) {
			return true;
		}
		if (row.contains(document.activeElement) && document.activeElement.matches('input, select, textarea')) {
			return true;
		}
		if (row.querySelector('form[data-submitted]')) {
			return true;
		}
		return Array.prototype.some.call(row.querySelectorAll('input, select, textarea'), changed);
	}

	function parse(html) {
		return new DOMParser().parseFromString(html, 'text/html');
	}

	function swapRows(oldBody, newBody) {
		const kept = new Map();
		Array.prototype.slice.call(oldBody.rows).forEach(function (row) {
			if (row.id && busy(row)) {
				kept.set(row.id, row);
			}
			else {
				row.remove();
			}
		});
		let anchor = null;
		Array.prototype.slice.call(newBody.rows).forEach(function (fresh) {
			const mine = fresh.id ? kept.get(fresh.id) : null;
			if (mine) {
				anchor = mine;
				return;
			}
			const row = document.importNode(fresh, true);
			if (anchor) {
				anchor.after(row);
			}
			else {
				oldBody.prepend(row);
			}
			anchor = row;
		});
	}

	function swapLive(fresh) {
		const current = live();
		const table = current.querySelector('.table-responsive');
		const freshTable = fresh.querySelector('.table-responsive');
		if (!table || !freshTable) {
			return;
		}
		swapRows(table.querySelector('tbody'), freshTable.querySelector('tbody'));
		let before = true;
		Array.prototype.slice.call(current.children).forEach(function (child) {
			if (child !== table) {
				child.remove();
			}
		});
		Array.prototype.slice.call(fresh.children).forEach(function (child) {
			if (child === freshTable) {
				before = false;
				return;
			}
			const node = document.importNode(child, true);
			if (before) {
				table.before(node);
			}
			else {
				current.appendChild(node);
			}
		});
	}

	function refreshUnits() {
		const column = document.getElementById('units-column');
		if (!column || !column.dataset.src) {
			return Promise.resolve();
		}
		return fetch(column.dataset.src, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
			.then(function (response) { return response.ok ? response.text() : ''; })
			.then(function (html) {
				const units = parse(html).querySelector('[data-board-units]');
				if (units) {
					column.replaceChildren(document.importNode(units, true));
				}
			});
	}

	function refreshBoard() {
		return fetch(live().dataset.liveUrl, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
			.then(function (response) { return response.ok ? response.text() : ''; })
			.then(function (html) {
				const fresh = parse(html).querySelector('[data-board-live]');
				if (fresh) {
					swapLive(fresh);
					live().dataset.refreshedAt = String(Date.now());
				}
			});
	}

	function tick() {
		Promise.all([refreshBoard(), refreshUnits()])
			.catch(function () { /* offline for a moment: try again at the next tick */ })
			.then(function () { window.setTimeout(tick, seconds * 1000); });
	}

	refreshUnits().catch(function () { /* the link to the units page stays */ });
	window.setTimeout(tick, seconds * 1000);
}());

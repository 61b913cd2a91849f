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

	// The station map (the service stations' SVG) with the open incidents and the units drawn
	// over it from the rows' and the units' positions, using the projection the map states.
	const SVG = 'http://www.w3.org/2000/svg';

	function point(svg, projection, lat, lon) {
		const p = projection.split(' ').map(Number);
		const x = p[4] + (lon - p[0]) * p[2] * p[3];
		const y = p[4] + (p[1] - lat) * p[3];
		const box = svg.viewBox.baseVal;
		return (x < 0 || y < 0 || x > box.width || y > box.height) ? null : { x: x, y: y };
	}

	function mark(layer, at, css, label, radius) {
		const circle = document.createElementNS(SVG, 'circle');
		circle.setAttribute('cx', at.x);
		circle.setAttribute('cy', at.y);
		circle.setAttribute('r', radius);
		circle.setAttribute('class', css);
		const title = document.createElementNS(SVG, 'title');
		title.textContent = label;
		circle.appendChild(title);
		layer.appendChild(circle);
	}

	function plot() {
		const holder = document.getElementById('board-map');
		const svg = holder && holder.querySelector('svg[data-projection]');
		const layer = svg && svg.querySelector('.live-layer');
		if (!layer || !svg.dataset.projection) {
			return;
		}
		layer.replaceChildren();
		document.querySelectorAll('#board tr[data-lat][data-lon]').forEach(function (row) {
			const at = point(svg, svg.dataset.projection, Number(row.dataset.lat), Number(row.dataset.lon));
			if (at) {
				mark(layer, at, row.dataset.urgent === 'true' ? 'map-incident map-urgent' : 'map-incident', row.dataset.label, 7);
			}
		});
		document.querySelectorAll('#units-column .board-unit[data-lat][data-lon]').forEach(function (unit) {
			const at = point(svg, svg.dataset.projection, Number(unit.dataset.lat), Number(unit.dataset.lon));
			if (at) {
				mark(layer, at, 'map-unit', unit.dataset.label, 5);
			}
		});
	}

	function refreshMap() {
		const holder = document.getElementById('board-map');
		if (!holder || !holder.dataset.src) {
			return Promise.resolve();
		}
		if (holder.querySelector('svg[data-projection]')) {
			plot();
			return Promise.resolve();
		}
		return fetch(holder.dataset.src, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
			.then(function (response) { return response.ok ? response.text() : ''; })
			.then(function (html) {
				const map = parse(html).querySelector('svg[data-projection]');
				if (map) {
					holder.replaceChildren(document.importNode(map, true));
					plot();
				}
			});
	}

	function tick() {
		Promise.all([refreshBoard(), refreshUnits()])
			.then(refreshMap)
			.catch(function () { /* offline for a moment: try again at the next tick */ })
			.then(function () { window.setTimeout(tick, seconds * 1000); });
	}

	refreshUnits().then(refreshMap).catch(function () { /* the links to the units and the map stay */ });
	window.setTimeout(tick, seconds * 1000);
}());

// Service station map over a tile server (only when stationops.map.tile-url is set): the
// layers come from the hidden list #leaflet-layers, the tile address and the walking radius
// (metres) from #leaflet-map's data-* attributes. Colours follow the SVG plot's legend.
document.addEventListener('DOMContentLoaded', function () {
	const element = document.getElementById('leaflet-map');
	if (!element || typeof L === 'undefined') {
		return;
	}
	const colours = {
		staffed: '#198754', closed: '#ffc107', suspended: '#6c757d',
		covered: '#0d6efd', uncovered: '#dc3545', online: '#20c997', faulty: '#fd7e14'
	};
	const radius = Number(element.dataset.radius || 0);
	const circles = element.dataset.circles === 'true';
	const map = L.map(element);
	L.tileLayer(element.dataset.tileUrl, { maxZoom: 19 }).addTo(map);
	const bounds = [];
	document.querySelectorAll('#leaflet-layers li').forEach(function (item) {
		const at = [Number(item.dataset.lat), Number(item.dataset.lon)];
		const colour = colours[item.dataset.css] || '#212529';
		const layer = item.dataset.layer;
		bounds.push(at);
		if (layer === 'station') {
			if (circles && item.dataset.css === 'staffed') {
				L.circle(at, { radius: radius, color: colour, weight: 1, fillOpacity: 0.12 }).addTo(map);
			}
			L.circleMarker(at, { radius: 7, color: '#212529', weight: 1, fillColor: colour, fillOpacity: 1 })
				.bindTooltip(item.textContent).addTo(map);
		}
		else if (layer === 'compound') {
			L.circleMarker(at, { radius: 4, stroke: false, fillColor: colour, fillOpacity: 0.9 })
				.bindTooltip(item.textContent).addTo(map);
		}
		else {
			L.circleMarker(at, { radius: 4, color: '#212529', weight: 1, fillColor: colour, fillOpacity: 1 })
				.bindTooltip(item.textContent).addTo(map);
		}
	});
	if (bounds.length > 0) {
		map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 });
	}
	else {
		map.setView([0, 0], 2);
	}
	element.dataset.ready = 'true';
});

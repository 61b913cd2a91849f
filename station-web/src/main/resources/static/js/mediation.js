// Mediation report charts: each canvas.mediation-chart names its JSON source and the key to draw.
document.addEventListener('DOMContentLoaded', function () {
	if (typeof Chart === 'undefined') {
		return;
	}
	const palette = ['#0b3d91', '#d9480f', '#2b8a3e', '#f59f00', '#5f3dc4', '#1098ad', '#c2255c', '#495057', '#74b816', '#868e96'];
	const cache = {};
	document.querySelectorAll('canvas.mediation-chart').forEach(function (canvas) {
		const source = canvas.dataset.source;
		cache[source] = cache[source] || fetch(source, { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.json(); });
		cache[source].then(function (data) {
			const values = data[canvas.dataset.key] || {};
			const kind = canvas.dataset.kind || 'bar';
			new Chart(canvas, {
				type: kind,
				data: {
					labels: Object.keys(values),
					datasets: [{ data: Object.values(values), backgroundColor: palette }]
				},
				options: { maintainAspectRatio: false, plugins: { legend: { display: kind !== 'bar' } }, scales: kind === 'bar' ? { y: { beginAtZero: true, ticks: { precision: 0 } } } : {} }
			});
		});
	});
});

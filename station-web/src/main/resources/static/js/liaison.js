// Liaison report charts: each canvas.liaison-chart carries its labels (separated by |) and values (by ,) in data-* attributes.
document.addEventListener('DOMContentLoaded', function () {
	if (typeof Chart === 'undefined') {
		return;
	}
	document.querySelectorAll('canvas.liaison-chart').forEach(function (canvas) {
		const labels = canvas.dataset.labels ? canvas.dataset.labels.split('|') : [];
		const values = canvas.dataset.values ? canvas.dataset.values.split(',').map(Number) : [];
		new Chart(canvas, {
			type: canvas.dataset.chart || 'bar',
			data: { labels: labels, datasets: [{ label: canvas.dataset.label || '', data: values, backgroundColor: '#0d6efd' }] },
			options: { responsive: true, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }
		});
	});
});

// Analysis charts: each canvas.analysis-chart carries its data (labels and datasets) in data-chart.
document.addEventListener('DOMContentLoaded', function () {
	if (typeof Chart === 'undefined') {
		return;
	}
	const palette = ['#0b3d91', '#adb5bd', '#f59f00'];
	document.querySelectorAll('canvas.analysis-chart').forEach(function (canvas) {
		const data = JSON.parse(canvas.dataset.chart);
		data.datasets.forEach(function (d, i) { d.backgroundColor = palette[i % palette.length]; });
		new Chart(canvas, {
			type: 'bar',
			data: data,
			options: {
				maintainAspectRatio: false,
				animation: false,
				indexAxis: canvas.dataset.axis || 'x',
				plugins: { legend: { display: data.datasets.length > 1 } },
				scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } }
			}
		});
	});
});

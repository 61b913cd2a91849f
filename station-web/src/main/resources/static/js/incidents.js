// Incidents: print buttons on the receipt page (CSP forbids inline handlers).
document.addEventListener('click', function (event) {
	const button = event.target.closest('[data-print]');
	if (button) {
		event.preventDefault();
		window.print();
	}
});

// Forms marked data-confirm (irreversible steps) first ask, saying what will happen; this runs
// before the data-once handler below, so a cancelled submit leaves the buttons usable.
document.addEventListener('submit', function (event) {
	const form = event.target;
	if (form.matches('form[data-confirm]') && !window.confirm(form.dataset.confirm)) {
		event.preventDefault();
		event.stopImmediatePropagation();
	}
}, true);

// Forms marked data-once disable their submit buttons after the first submit, so a double click sends one request.
document.addEventListener('submit', function (event) {
	const form = event.target;
	if (form.matches('form[data-once]')) {
		if (form.dataset.submitted) {
			event.preventDefault();
			return;
		}
		form.dataset.submitted = 'true';
		form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
	}
});

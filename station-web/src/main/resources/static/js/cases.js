// The 询问查证 clock of each suspect on the case page: counts down to data-due (epoch ms),
// warns in the last hour and says when the time is over. Labels come from the page.
document.addEventListener('DOMContentLoaded', function () {
	const clocks = document.querySelectorAll('.questioning-clock[data-due]');
	if (clocks.length === 0) {
		return;
	}
	const HOUR = 3600 * 1000;
	function two(n) {
		return String(n).padStart(2, '0');
	}
	function tick() {
		const now = Date.now();
		clocks.forEach(function (el) {
			const left = Number(el.dataset.due) - now;
			el.classList.remove('text-warning', 'text-danger', 'fw-bold');
			el.removeAttribute('role');
			if (left <= 0) {
				el.textContent = el.dataset.over;
				el.classList.add('text-danger', 'fw-bold');
				el.setAttribute('role', 'alert');
				return;
			}
			const s = Math.floor(left / 1000);
			const text = el.dataset.left + ' ' + Math.floor(s / 3600) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60);
			if (left <= HOUR) {
				el.textContent = text + ' · ' + el.dataset.soon;
				el.classList.add('text-danger', 'fw-bold');
				el.setAttribute('role', 'alert');
			}
			else {
				el.textContent = text;
			}
		});
	}
	tick();
	setInterval(tick, 1000);
});

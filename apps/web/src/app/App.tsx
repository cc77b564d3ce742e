// Application shell; the wall, dashboards and data entry mount here as their features land.
export function App() {
  return (
    <main>
      <h1>E-Kinerja BSC</h1>
      <p>Pemantauan kinerja Balanced Scorecard Pemerintah Provinsi Nusa Tenggara Barat.</p>
    </main>
  );
}

import { callApi, type ApiBody, type ApiQuery, type ApiResponse } from '../../app/api';

export type Invoice = ApiResponse<'/api/v1/invoices/{id}', 'get'>;
export type InvoiceStatus = Invoice['status'];
export type InvoiceQuery = ApiQuery<'/api/v1/invoices', 'get'>;
export type ClientBilling = ApiResponse<'/api/v1/clients/{id}/billing', 'get'>;
export type ClientBillingInput = ApiBody<'/api/v1/clients/{id}/billing', 'put'>;
export type Contract = ApiResponse<'/api/v1/contracts/{id}', 'get'>;
export type ContractInput = ApiBody<'/api/v1/contracts', 'post'>;
export type RevisionInput = ApiBody<'/api/v1/contracts/{id}/revisions', 'post'>;
export type InvoiceAction = 'send' | 'mark-paid' | 'mark-failed' | 'void';

export function listInvoices(query: InvoiceQuery, signal?: AbortSignal) {
  return callApi('get', '/api/v1/invoices', { query, signal });
}

export function invoiceAction(id: string, action: InvoiceAction): Promise<Invoice> {
  if (action === 'mark-paid') return callApi('post', '/api/v1/invoices/{id}/mark-paid', { params: { id }, body: {} });
  const path = `/api/v1/invoices/{id}/${action}` as '/api/v1/invoices/{id}/send';
  return callApi('post', path, { params: { id } });
}

export function getClientBilling(clientId: string, signal?: AbortSignal): Promise<ClientBilling> {
  return callApi('get', '/api/v1/clients/{id}/billing', { params: { id: clientId }, signal });
}

export function putClientBilling(clientId: string, input: ClientBillingInput): Promise<ClientBilling> {
  return callApi('put', '/api/v1/clients/{id}/billing', { params: { id: clientId }, body: input });
}

export async function listContracts(clientId: string, signal?: AbortSignal): Promise<Contract[]> {
  return (await callApi('get', '/api/v1/contracts', { query: { client_id: clientId }, signal })).items;
}

export function createContract(input: ContractInput): Promise<Contract> {
  return callApi('post', '/api/v1/contracts', { body: input });
}

export function reviseContract(id: string, input: RevisionInput): Promise<Contract> {
  return callApi('post', '/api/v1/contracts/{id}/revisions', { params: { id }, body: input });
}

export function sendRevision(id: string, revision: number): Promise<Contract> {
  return callApi('post', '/api/v1/contracts/{id}/revisions/{revision}/send', { params: { id, revision } as never });
}
